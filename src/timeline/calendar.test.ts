import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isoWeek, isoWeekday, parseCalendarDate, type CalendarDate } from "./calendar.js";
import { periodStart } from "./period-start.js";
import { weekdayFrom } from "./parsers/weekday-parser.js";
import { easterSunday } from "./parsers/holiday-parser.js";
import { dayValue, durationValue, weekValue } from "./timeml-value.js";

const dates = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d): CalendarDate => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

describe("calendar", () => {
  it("reads dates and refuses impossible ones", () => {
    expect(parseCalendarDate("2023-07-09T10:00")).toEqual({ year: 2023, month: 7, day: 9 });
    expect(parseCalendarDate("2023-02-29")).toBeNull();
    expect(parseCalendarDate("July 9")).toBeNull();
  });

  it("knows ISO weeks at year ends", () => {
    expect(weekValue({ year: 2021, month: 1, day: 3 })).toBe("2020-W53");
    expect(weekValue({ year: 2024, month: 12, day: 30 })).toBe("2025-W01");
    expect(weekValue({ year: 2023, month: 7, day: 9 })).toBe("2023-W27");
  });

  it("clamps month arithmetic to the month's end", () => {
    expect(addMonths({ year: 2023, month: 3, day: 31 }, -1)).toEqual({ year: 2023, month: 2, day: 28 });
    expect(addMonths({ year: 2023, month: 11, day: 15 }, 3)).toEqual({ year: 2024, month: 2, day: 15 });
  });

  it("writes durations with fractions in the next unit", () => {
    expect(durationValue(2.5, "Y")).toBe("P2Y6M");
    expect(durationValue(1.5, "MIN")).toBe("PT1M30S");
    expect(durationValue(0.5, "D")).toBe("PT12H");
    expect(durationValue("X", "W")).toBe("PXW");
    expect(durationValue(24, "H")).toBe("PT24H");
  });

  it("computes Easter", () => {
    expect(dayValue(easterSunday(2000))).toBe("2000-04-23");
    expect(dayValue(easterSunday(2024))).toBe("2024-03-31");
  });

  // Property tests against brute force: walk day by day.
  it("finds the weekday before and after by walking (property)", () => {
    fc.assert(fc.property(dates, fc.integer({ min: 1, max: 7 }), fc.constantFrom(-1 as const, 1 as const), (d, wd, dir) => {
      let walk = addDays(d, dir);
      let steps = 1;
      while (isoWeekday(walk) !== wd) {
        walk = addDays(walk, dir);
        steps++;
      }
      expect(weekdayFrom(d, wd, dir)).toEqual(walk);
      expect(steps).toBeLessThanOrEqual(7);
    }));
  });

  it("puts every day in the ISO week that starts on its Monday (property)", () => {
    fc.assert(fc.property(dates, (d) => {
      const start = parseCalendarDate(periodStart(weekValue(d))!)!;
      expect(isoWeekday(start)).toBe(1);
      expect(daysBetween(start, d)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(start, d)).toBeLessThan(7);
      const w = isoWeek(d);
      expect(w.week).toBeGreaterThanOrEqual(1);
      expect(w.week).toBeLessThanOrEqual(53);
    }));
  });

  it("starts periods where they start", () => {
    expect(periodStart("2023-Q3")).toBe("2023-07-01");
    expect(periodStart("2023-07-07T14:30")).toBe("2023-07-07");
    expect(periodStart("2023-W27-WE")).toBe("2023-07-08");
    expect(periodStart("199")).toBe("1990-01-01");
    expect(periodStart("19")).toBe("1900-01-01");
    expect(periodStart("2023-WI")).toBe("2023-12-01");
    expect(periodStart("PAST_REF")).toBeNull();
    expect(periodStart("P3D")).toBeNull();
  });
});
