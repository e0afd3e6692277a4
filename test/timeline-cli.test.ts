import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { captureIo, tempDir } from "./helpers.js";

const AGENCY =
  "Dockworkers at Port Vellin walked out on Wednesday after the port authority and the union failed to agree on pay " +
  "for the third time this month. The authority said on Friday it had offered a raise of four percent, which the " +
  "union rejected as far below inflation. Union leaders will meet the operator on Friday, a spokesman said. The " +
  "port, which opened in 2019, handles most of the region's grain exports and employs about 2,400 people.";
const REWRITE =
  "Dockworkers at Port Vellin walked out on Wednesday after the port authority and the union failed to agree on pay " +
  "for the third time this month. The authority said on Friday it had offered a raise of four percent, which the " +
  "union rejected as far below inflation. The port, which opened in 2019, handles most of the region's grain " +
  "exports and employs about 2,400 people. Shipping lines were told to expect delays.";

const record = (id: string, source: string, published: string, text: string) =>
  JSON.stringify({ id, source, published, title: `Title ${id}`, text });

async function ingested(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = join(dir, "w.db");
  writeFileSync(join(dir, "in.jsonl"), [
    record("agency", "Meridian Press Agency", "2023-07-09", AGENCY),
    record("rewrite", "Harbour Daily Star", "2023-07-10", REWRITE),
  ].join("\n"));
  expect(await main(["ingest", join(dir, "in.jsonl"), "--db", db], captureIo(dir).io)).toBe(EXIT.ok);
  return { dir, db };
}

describe("wiretrace timeline", () => {
  it("prints the dated events of an article and its related articles", async () => {
    const { dir, db } = await ingested();
    const run = captureIo(dir);
    expect(await main(["timeline", "agency", "--db", db], run.io)).toBe(EXIT.ok);
    const out = run.out();
    expect(out).toMatch(/^agency \(Meridian Press Agency, 2023-07-09\) and 1 related article: \d+ dated events$/m);
    expect(out).toMatch(/^2019 +\(year\) +Meridian Press Agency: "The port, which opened in 2019/m);
    expect(out).toMatch(/^2023-07-05 +\(day\) +Meridian Press Agency: "Dockworkers at Port Vellin walked out on Wednesday/m);
    expect(out).toMatch(/^ +Harbour Daily Star: "Dockworkers at Port Vellin walked out on Wednesday.*\[Wednesday\]$/m);
    expect(out).toContain("2023-07-14");
  });

  it("prints JSON with --json: events sorted by date, with the articles that tell each", async () => {
    const { dir, db } = await ingested();
    const run = captureIo(dir);
    expect(await main(["timeline", "agency", "--db", db, "--json"], run.io)).toBe(EXIT.ok);
    const json = JSON.parse(run.out());
    expect(json.id).toBe("agency");
    expect(json.articles).toEqual(["agency", "rewrite"]);
    const events = json.events as { date: string; articles: string[]; startsOn: string; entries: { timex: { tags: string[] } }[] }[];
    expect(events.map((e) => e.startsOn)).toEqual([...events.map((e) => e.startsOn)].sort());
    const strike = events.find((e) => e.date === "2023-07-05")!;
    expect(strike.articles).toEqual(["agency", "rewrite"]);
    expect(strike.entries[0]!.timex.tags).toContain("parser/weekday");
    const meeting = events.find((e) => e.date === "2023-07-14")!;
    expect(meeting.articles).toEqual(["agency"]);
  });

  it("exits 4 for an unknown id", async () => {
    const { dir, db } = await ingested();
    const run = captureIo(dir);
    expect(await main(["timeline", "nope", "--db", db], run.io)).toBe(EXIT.notFound);
    expect(run.err()).toBe('wiretrace: no story or article with id "nope"\n');
  });
});

const tml = (dct: string, body: string) => `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" temporalFunction="false" functionInDocument="CREATION_TIME">${dct}</TIMEX3></DCT>
<TEXT>
${body}
</TEXT>
</TimeML>
`;

describe("wiretrace eval timex", () => {
  function corpus(): string {
    const dir = tempDir();
    mkdirSync(join(dir, "nested"));
    writeFileSync(join(dir, "a.tml"), tml("2023-07-09",
      `Talks collapsed <TIMEX3 tid="t1" type="DATE" value="2023-07-07">Friday</TIMEX3> &amp; resumed <TIMEX3 tid="t2" type="DATE" value="2023-07-08">yesterday</TIMEX3>.`));
    writeFileSync(join(dir, "nested", "b.tml"), tml("1998-08-08",
      `😀 Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> and burned for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.`));
    writeFileSync(join(dir, "notes.txt"), "not TimeML");
    return dir;
  }

  it("scores wiretrace and chrono-node as JSON and writes predictions in code points", async () => {
    const dir = corpus();
    const run = captureIo(dir);
    expect(await main(["eval", "timex", ".", "--json", "--predictions", "pred.jsonl"], run.io)).toBe(EXIT.ok);
    const json = JSON.parse(run.out());
    expect(json).toMatchObject({ files: 2, strictF1: 1, relaxedF1: 1, valueF1: 1, counts: { gold: 4, system: 4 } });
    expect(json.chrono.valueF1).toBeLessThan(1);
    const lines = readFileSync(join(dir, "pred.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toContainEqual({ file: "b.tml", start: 18, end: 24, type: "DATE", value: "1998-08-07", text: "Friday" });
    expect(lines.map((l) => l.file)).toEqual(["a.tml", "a.tml", "b.tml", "b.tml"]);
  });

  it("prints a table", async () => {
    const dir = corpus();
    const run = captureIo(dir);
    expect(await main(["eval", "timex", dir], run.io)).toBe(EXIT.ok);
    expect(run.out()).toMatch(/^2 documents, 4 gold time expressions; wiretrace found 4, chrono-node \d+$/m);
    expect(run.out()).toMatch(/^wiretrace +100\.00 +100\.00 +100\.00 +100\.00 +100\.00 +100\.00 +100\.00 +100\.00$/m);
    expect(run.out()).toMatch(/^chrono-node /m);
  });

  it("reports a folder without TimeML as a usage error", async () => {
    const dir = tempDir();
    const run = captureIo(dir);
    expect(await main(["eval", "timex", dir], run.io)).toBe(EXIT.usage);
    expect(run.err()).toMatch(/no \.tml files found/);
  });
});
