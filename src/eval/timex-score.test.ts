import { describe, expect, it } from "vitest";
import { InputError } from "../core/errors.js";
import { codePointOffsets } from "./timex-eval.js";
import { parseTimeml } from "./timeml.js";
import { alignSpans, countDocument, timexScores } from "./timex-score.js";

const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-08</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; police came <TIMEX3 tid="t2" type="DURATION" value="PT1H">an hour</TIMEX3> later, &quot;AT&amp;T&quot; said.<TIMEX3 tid="t3" type="DATE" value="X"></TIMEX3>
</TEXT>
</TimeML>`;

describe("TimeML reading", () => {
  it("strips tags, unescapes the five entities and keeps gold offsets into that text", () => {
    const doc = parseTimeml(TML, "/data/APW.tml");
    expect(doc.file).toBe("APW.tml");
    expect(doc.creationTime).toBe("1998-08-08");
    expect(doc.text).toBe('\nBombs exploded Friday & police came an hour later, "AT&T" said.\n');
    expect(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.type, g.value])).toEqual([
      ["Friday", "DATE", "1998-08-07"],
      ["an hour", "DURATION", "PT1H"],
    ]);
  });

  it("names the file when a document lacks what scoring needs", () => {
    expect(() => parseTimeml("<TimeML></TimeML>", "x.tml")).toThrow(InputError);
    expect(() => parseTimeml("<TEXT>hi</TEXT>", "x.tml")).toThrow(/x\.tml: no TIMEX3 with functionInDocument/);
  });
});

describe("TempEval-3 scoring", () => {
  const text = "on Friday and the next day, for three days";
  const span = (s: string, value = "V", type = "DATE") => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, type, value };
  };

  it("aligns one to one: exact pairs first, then the largest overlap", () => {
    const gold = [span("Friday"), span("the next day")];
    const system = [span("on Friday"), span("he next day"), span("the next")];
    const pairs = alignSpans(text, gold, system);
    expect(pairs.map(([g, s]) => [text.slice(g.start, g.end), text.slice(s.start, s.end)])).toEqual([
      ["the next day", "he next day"],
      ["Friday", "on Friday"],
    ]);
  });

  it("counts strict, relaxed, value and type matches, and F1s as the reference scorer does", () => {
    const gold = [span("Friday", "2023-07-07"), span("three days", "P3D", "DURATION"), span("the next day", "2023-07-08")];
    const system = [span("Friday", "2023-07-07"), span("for three days", "P3D", "DATE"), span("and")];
    const counts = countDocument(text, gold, system);
    expect(counts).toEqual({ gold: 3, system: 3, strict: 1, relaxed: 2, valueCorrect: 2, typeCorrect: 1 });
    const s = timexScores(counts);
    expect(s.strictF1).toBeCloseTo(1 / 3);
    expect(s.relaxedF1).toBeCloseTo(2 / 3);
    // value F1 = relaxed F1 × value accuracy = correct values against system and gold counts
    expect(s.valueF1).toBeCloseTo((2 * 2) / (3 + 3));
    expect(s.typeF1).toBeCloseTo((2 * 1) / (3 + 3));
  });

  it("does not pair spans that overlap only on blanks", () => {
    expect(alignSpans("a  b", [{ start: 0, end: 2, type: "", value: "" }], [{ start: 1, end: 4, type: "", value: "" }])).toEqual([]);
  });

  it("scores nothing as zero, not NaN", () => {
    expect(timexScores({ gold: 0, system: 0, strict: 0, relaxed: 0, valueCorrect: 0, typeCorrect: 0 }).valueF1).toBe(0);
  });

  it("converts UTF-16 offsets to code points", () => {
    const cp = codePointOffsets("a😀b Friday");
    expect(cp(4)).toBe(3);
    expect(codePointOffsets("plain")(3)).toBe(3);
  });
});
