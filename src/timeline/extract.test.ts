import { describe, expect, it } from "vitest";
import { InputError } from "../core/errors.js";
import { extractTimexes } from "./extract.js";
import type { Timex } from "./types.js";

/** Sunday 9 July 2023. */
const SUNDAY = { kind: "date", date: "2023-07-09" } as const;

const find = (timexes: readonly Timex[], text: string, nth = 0): Timex => {
  const found = timexes.filter((t) => t.text === text)[nth];
  if (!found) throw new Error(`no timex ${JSON.stringify(text)} (#${nth}) in ${JSON.stringify(timexes.map((t) => t.text))}`);
  return found;
};

describe("extractTimexes on a dated article", () => {
  const text = [
    "Port Vellin talks collapse",
    "PORT VELLIN (MPA) — Dockworkers walked out on Wednesday after talks broke down, and pickets stayed through Thursday.",
    "The operator said on Friday that it will meet the union on Friday.",
    "Police said the march on Sunday was peaceful.",
    "It was the second walkout in 24 hours, and the first since 2011.",
    "The port opened in 2019; at the time, it was the largest in the region.",
    "Union leaders met last week and again earlier this month.",
    "Talks will run from Monday to Wednesday.",
    '"We are ready now," a spokesman said yesterday.',
    "Today the operator said profit in the second quarter fell from a year ago.",
  ].join("\n");
  const timexes = extractTimexes(text, SUNDAY);

  it("resolves weekdays by tense: the past ones before the story, the planned one after", () => {
    expect(find(timexes, "Wednesday")).toMatchObject({ type: "DATE", value: "2023-07-05", granularity: "day" });
    expect(find(timexes, "Thursday").value).toBe("2023-07-06");
    expect(find(timexes, "Friday", 0)).toMatchObject({ value: "2023-07-07", tags: ["parser/weekday", "refiner/tense:past"] });
    expect(find(timexes, "Friday", 1)).toMatchObject({ value: "2023-07-14", tags: ["parser/weekday", "refiner/tense:future"] });
  });

  it("takes a weekday named on the publication day as that day", () => {
    expect(find(timexes, "Sunday")).toMatchObject({ value: "2023-07-09", tags: ["parser/weekday", "parser/weekday:same-day"] });
  });

  it("reads bare years, durations and vague references", () => {
    expect(find(timexes, "2011")).toMatchObject({ type: "DATE", value: "2011", granularity: "year", tags: ["parser/year"] });
    expect(find(timexes, "2019").value).toBe("2019");
    expect(find(timexes, "24 hours")).toMatchObject({ type: "DURATION", value: "PT24H" });
    expect(find(timexes, "at the time")).toMatchObject({ type: "DATE", value: "PAST_REF", granularity: "reference" });
    expect(find(timexes, "now").value).toBe("PRESENT_REF");
  });

  it("counts periods from the publication date", () => {
    expect(find(timexes, "last week")).toMatchObject({ value: "2023-W26", granularity: "week" });
    expect(find(timexes, "earlier this month")).toMatchObject({ value: "2023-07", granularity: "month" });
    expect(find(timexes, "yesterday").value).toBe("2023-07-08");
    expect(find(timexes, "Today").value).toBe("2023-07-09");
  });

  it("keeps a range of days running forward", () => {
    expect(find(timexes, "Monday").value).toBe("2023-07-10");
    expect(find(timexes, "Wednesday", 1).value).toBe("2023-07-12");
  });

  it("reads 'a year ago' after a quarter as that quarter a year before", () => {
    expect(find(timexes, "the second quarter")).toMatchObject({ value: "2023-Q2", granularity: "quarter" });
    expect(find(timexes, "a year ago")).toMatchObject({ value: "2022-Q2", tags: ["parser/ago", "refiner/context:quarter"] });
  });

  it("finds nothing in the heading and keeps offsets into the text", () => {
    for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(timexes.some((t) => t.start < text.indexOf("\n"))).toBe(false);
  });
});

describe("extractTimexes: one expression at a time", () => {
  const one = (text: string, date = "2023-07-09"): Pick<Timex, "text" | "type" | "value">[] =>
    extractTimexes(text, { date }).map(({ text: t, type, value }) => ({ text: t, type, value }));

  it.each([
    ["The strike ended a year ago.", "a year ago", "DATE", "2022"],
    ["Prices rose in the 1990s.", "the 1990s", "DATE", "199"],
    ["It was built in the late 1970s.", "the late 1970s", "DATE", "197"],
    ["Dockers struck in March.", "March", "DATE", "2023-03"],
    ["They will strike again in March.", "March", "DATE", "2024-03"],
    ["The port was busy this summer.", "this summer", "DATE", "2023-SU"],
    ["Sales fell last fall.", "last fall", "DATE", "2022-FA"],
    ["It happened two weeks ago.", "two weeks ago", "DATE", "2023-W25"],
    ["The talks lasted three days.", "three days", "DURATION", "P3D"],
    ["A 2 1/2 year project.", "2 1/2 year", "DURATION", "P2Y6M"],
    ["It ran for the past two months.", "the past two months", "DURATION", "P2M"],
    ["The port was hit for the second time in 24 hours.", "24 hours", "DURATION", "PT24H"],
    ["Fighting stopped last night.", "last night", "TIME", "2023-07-08TNI"],
    ["The ship docked at 10:35 a.m.", "10:35 a.m.", "TIME", "2023-07-09T10:35"],
    ["The bomb went off at 10 p.m. Wednesday.", "10 p.m. Wednesday", "TIME", "2023-07-05T22:00"],
    ["Results are due on Aug. 7.", "Aug. 7", "DATE", "2023-08-07"],
    ["He was born on March 26, 1996.", "March 26, 1996", "DATE", "1996-03-26"],
    ["Patrols run daily.", "daily", "SET", "P1D"],
    ["The market opens on Fridays.", "Fridays", "SET", "XXXX-WXX-5"],
    ["Earnings for the third quarter of 2022 fell.", "the third quarter of 2022", "DATE", "2022-Q3"],
    ["Prices were high in the nineteen nineties? No: in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"],
    ["The deal closes by year-end.", "year-end", "DATE", "2023"],
    ["Prices rose in the future? In the future they will.", "the future", "DATE", "FUTURE_REF"],
    ["He was found Thanksgiving Day.", "Thanksgiving Day", "DATE", "2022-11-24"],
    ["Sales rose in fiscal 1989.", "fiscal 1989", "DATE", "1989"],
  ])("%s", (text, expression, type, value) => {
    expect(one(text)).toContainEqual({ text: expression, type, value });
  });

  it("puts a past range of weekdays in order", () => {
    // Tuesday 11 July 2023: "from Monday to Wednesday" in the past is 3 to 5 July
    expect(one("Talks ran from Monday to Wednesday.", "2023-07-11").map((t) => t.value)).toEqual(["2023-07-03", "2023-07-05"]);
  });

  it("points 'last Friday' back a week on a Friday, and 'next Friday' forward", () => {
    expect(one("He left last Friday.", "2023-07-07")).toEqual([{ text: "last Friday", type: "DATE", value: "2023-06-30" }]);
    expect(one("He leaves next Friday.", "2023-07-07")).toEqual([{ text: "next Friday", type: "DATE", value: "2023-07-14" }]);
  });

  it("anchors on a date-time's calendar date", () => {
    const anchor = { kind: "datetime", date: "2023-07-09", instant: "2023-07-08T23:30:00.000Z", offset: "-00:30" } as const;
    expect(extractTimexes("He left yesterday.", anchor)[0]?.value).toBe("2023-07-08");
  });

  it("can skip vague references", () => {
    expect(extractTimexes("He is here now.", SUNDAY, { references: false })).toEqual([]);
  });

  it("can keep a weekday's part of the day", () => {
    expect(extractTimexes("It burned Friday night.", SUNDAY, { weekdayPartOfDay: true })[0]).toMatchObject({ type: "TIME", value: "2023-07-07TNI" });
    expect(extractTimexes("It burned Friday night.", SUNDAY)[0]).toMatchObject({ type: "DATE", value: "2023-07-07" });
  });

  it("rejects an anchor that is not a date", () => {
    expect(() => extractTimexes("Friday.", { date: "July 9" })).toThrow(InputError);
  });

  it("gives nothing for text without time expressions", () => {
    expect(extractTimexes("Dockworkers want a raise.", SUNDAY)).toEqual([]);
    expect(extractTimexes("", SUNDAY)).toEqual([]);
  });
});
