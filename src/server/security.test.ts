import { describe, expect, it } from "vitest";
import { readBody } from "./body.js";
import { HttpError, toHttpError } from "./http-error.js";
import { corsHeaders, requireToken } from "./security.js";
import { InputError, NotFoundError } from "../core/errors.js";

const statusOf = (f: () => void): number | null => {
  try {
    f();
    return null;
  } catch (error) {
    return (error as HttpError).status;
  }
};

describe("requireToken", () => {
  it.each([
    [undefined, "tok", 401],
    ["", "tok", 401],
    ["Bearer", "tok", 401],
    ["Bearer wrong", "tok", 401],
    ["Bearer tok2", "tok", 401],
    ["Basic tok", "tok", 401],
    ["Bearer tok", null, 403],
    ["Bearer tok", "tok", null],
    ["bearer   tok ", "tok", null],
  ])("%j with token %j → %j", (header, token, status) => {
    expect(statusOf(() => requireToken(header, token))).toBe(status);
  });
});

describe("corsHeaders", () => {
  it("answers only the listed origins", () => {
    expect(corsHeaders("https://a.example", [])).toEqual({});
    expect(corsHeaders(undefined, ["https://a.example"])).toEqual({});
    expect(corsHeaders("https://b.example", ["https://a.example"])).toEqual({});
    expect(corsHeaders("https://a.example", ["https://a.example"])["access-control-allow-origin"]).toBe("https://a.example");
  });
});

describe("toHttpError", () => {
  it("maps errors to statuses in one place, hiding unexpected messages", () => {
    expect(toHttpError(new InputError("bad", { field: "q" })).status).toBe(400);
    expect(toHttpError(new NotFoundError("none")).status).toBe(404);
    expect(toHttpError(new HttpError(413, "big")).status).toBe(413);
    const hidden = toHttpError(new Error("SQLITE_CORRUPT at /home/x/db"));
    expect([hidden.status, hidden.message]).toEqual([500, "internal error"]);
  });
});

describe("readBody", () => {
  const chunks = async function* (...parts: string[]) {
    for (const p of parts) yield Buffer.from(p);
  };
  it("reads up to the limit and refuses past it", async () => {
    expect((await readBody(chunks("ab", "cd"), 4, undefined)).toString()).toBe("abcd");
    await expect(readBody(chunks("ab", "cde"), 4, undefined)).rejects.toMatchObject({ status: 413 });
    await expect(readBody(chunks("a"), 4, "5")).rejects.toMatchObject({ status: 413 });
  });
});
