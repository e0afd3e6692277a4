import { describe, expect, it } from "vitest";
import { copyRow } from "./copy-in.js";
import { monthPartition, publishedDay, signedKey } from "./pg-lsh.js";
import { pgLocation } from "./pg-db.js";

describe("COPY text rows", () => {
  it.each([
    [[1, "plain", null], "1\tplain\t\\N\n"],
    [["tab\there", "new\nline", "back\\slash", "cr\r"], "tab\\there\tnew\\nline\tback\\\\slash\tcr\\r\n"],
    [[new Uint8Array([0, 255, 16])], "\\\\x00ff10\n"],
    [[-5, 2n ** 40n, ""], "-5\t1099511627776\t\n"],
  ] as const)("writes row %# as COPY text", (values, line) => {
    expect(copyRow(values)).toBe(line);
  });
});

describe("LSH partitions", () => {
  it("files a day under its calendar month", () => {
    const day = publishedDay(Date.parse("2023-07-31T23:59:00Z"));
    expect(monthPartition(day)).toEqual({
      name: "lsh_bands_2023_07", from: Date.parse("2023-07-01") / 86_400_000, to: Date.parse("2023-08-01") / 86_400_000,
    });
    expect(monthPartition(publishedDay(Date.parse("1969-12-31"))).name).toBe("lsh_bands_1969_12");
  });

  it("stores unsigned band keys as signed integers, one to one", () => {
    expect([0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1].map(signedKey)).toEqual([0, 1, 2 ** 31 - 1, -(2 ** 31), -1]);
  });
});

describe("PostgreSQL locations", () => {
  it("takes the schema from the URL and keeps the rest", () => {
    expect(pgLocation("postgres://u:p@h:5433/db?schema=w1&sslmode=disable")).toEqual({
      url: "postgres://u:p@h:5433/db?sslmode=disable", schema: "w1",
    });
    expect(pgLocation("postgresql://h/db").schema).toBeNull();
  });

  it.each([
    ["postgres://h/db?schema=Bad-Name", /schema: expected lower-case/],
    ["postgres://h/db?schema=a;drop", /schema: expected lower-case/],
    ["mysql://h/db", /not a PostgreSQL URL/],
    ["::not a url", /not a PostgreSQL URL/],
  ])("refuses %s", (url, message) => {
    expect(() => pgLocation(url)).toThrow(message);
  });
});
