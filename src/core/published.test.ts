import { describe, expect, it } from "vitest";
import { formatPublished, parsePublished } from "./published.js";

describe("parsePublished", () => {
  it.each([
    ["2023-07-09", { kind: "date", date: "2023-07-09" }],
    ["  2023-07-09 ", { kind: "date", date: "2023-07-09" }],
    ["2023-07-09T14:30:00+02:00", { kind: "datetime", date: "2023-07-09", instant: "2023-07-09T12:30:00.000Z", offset: "+02:00" }],
    ["2023-07-09T23:30:00-0500", { kind: "datetime", date: "2023-07-09", instant: "2023-07-10T04:30:00.000Z", offset: "-05:00" }],
    ["2023-07-09T14:30:00.250Z", { kind: "datetime", date: "2023-07-09", instant: "2023-07-09T14:30:00.250Z", offset: "Z" }],
    ["2016-09-19 10:00:00", { kind: "datetime", date: "2016-09-19", instant: "2016-09-19T10:00:00.000Z", offset: null }],
    ["Sun, 09 Jul 2023 14:30:00 GMT", { kind: "datetime", date: "2023-07-09", instant: "2023-07-09T14:30:00.000Z", offset: "Z" }],
    ["Thu, 6 Jul 2023 14:20:00 +0300", { kind: "datetime", date: "2023-07-06", instant: "2023-07-06T11:20:00.000Z", offset: "+03:00" }],
    ["Thu, 06 Jul 2023 09:00 EDT", { kind: "datetime", date: "2023-07-06", instant: "2023-07-06T13:00:00.000Z", offset: "-04:00" }],
    ["9 July 2023", { kind: "date", date: "2023-07-09" }],
    ["July 9, 2023", { kind: "date", date: "2023-07-09" }],
    ["Sunday, July 9, 2023", { kind: "date", date: "2023-07-09" }],
    ["2024-02-29", { kind: "date", date: "2024-02-29" }],
  ])("reads %j", (input, expected) => {
    expect(parsePublished(input)).toEqual(expected);
  });

  // Negative cases: a date is never guessed.
  it.each(["", "yesterday", "2023-02-29", "2023-13-01", "2023-07-32", "07/09/2023", "2023-07-09T25:00:00Z", "1,000", "2023", "Foo 9, 2023", "2023-07-09T10:00:00+15:00"])(
    "refuses %j",
    (input) => {
      expect(parsePublished(input)).toBeNull();
    },
  );

  it("formats a date-time in the offset it was given", () => {
    expect(formatPublished(parsePublished("2023-07-09T23:30:00-05:00")!)).toBe("2023-07-09T23:30:00-05:00");
    expect(formatPublished(parsePublished("2023-07-09")!)).toBe("2023-07-09");
  });
});
