import { describe, expect, it } from "vitest";
import { readLines } from "./lines.js";

async function lines(chunks: string[], maxLength?: number) {
  const out = [];
  const source = (async function* () {
    for (const c of chunks) yield Buffer.from(c, "utf8");
  })();
  for await (const l of readLines(source, "utf-8", maxLength)) out.push(l);
  return out;
}

describe("readLines", () => {
  it("splits on LF and CRLF across chunk boundaries, numbering lines, keeping a last line without newline", async () => {
    expect(await lines(["a\r", "\nbb\n\nc", "c\r\n", "d"])).toEqual([
      { text: "a", line: 1 }, { text: "bb", line: 2 }, { text: "", line: 3 }, { text: "cc", line: 4 }, { text: "d", line: 5 },
    ]);
    expect(await lines(["x\n"])).toEqual([{ text: "x", line: 1 }]);
    expect(await lines([])).toEqual([]);
  });

  it("does not split a multi-byte character cut between chunks", async () => {
    const bytes = Buffer.from("é\n", "utf8");
    const source = (async function* () {
      yield bytes.subarray(0, 1);
      yield bytes.subarray(1);
    })();
    const out = [];
    for await (const l of readLines(source, "utf-8")) out.push(l.text);
    expect(out).toEqual(["é"]);
  });

  it("marks a line over the limit with its length, keeps only its start, and goes on with the next line", async () => {
    const out = await lines(["short\n", "y".repeat(30), "y".repeat(30), "y".repeat(30), "\nafter\n"], 50);
    expect(out).toEqual([
      { text: "short", line: 1 },
      { text: "y".repeat(60), line: 2, overLimit: 90 },
      { text: "after", line: 3 },
    ]);
    expect(await lines(["z".repeat(51)], 50)).toEqual([{ text: "z".repeat(51), line: 1, overLimit: 51 }]);
    expect(await lines(["z".repeat(50)], 50)).toEqual([{ text: "z".repeat(50), line: 1 }]);
  });
});
