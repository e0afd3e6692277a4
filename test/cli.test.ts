import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { EXIT } from "../src/cli/io.js";
import { captureIo, tempDir } from "./helpers.js";

const line = (id: string, text: string, extra: Record<string, string> = {}) =>
  JSON.stringify({ id, published: "2023-07-09", source: "Outlet", title: `Title ${id}`, text, ...extra });

describe("wiretrace CLI", () => {
  it("ingests, lists and shows articles, with --json on each", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.jsonl"), `${line("a1", "First article.")}\n${line("a2", "Second article.")}\n`);
    const db = join(dir, "w.db");

    const ingest = captureIo(dir);
    expect(await main(["ingest", join(dir, "in.jsonl"), "--db", db], ingest.io)).toBe(EXIT.ok);
    expect(ingest.out()).toMatch(/^read 2 records: 2 articles stored \(0 exact duplicates of an earlier text\), 0 already present, 0 rejected records; 0 reuse relations found$/m);
    expect(ingest.err()).toBe("");

    const list = captureIo(dir);
    expect(await main(["list", "--db", db, "--json"], list.io)).toBe(EXIT.ok);
    expect(JSON.parse(list.out()).map((a: { id: string }) => a.id).sort()).toEqual(["a1", "a2"]);

    const show = captureIo(dir);
    expect(await main(["show", "a1", "--db", db], show.io)).toBe(EXIT.ok);
    expect(show.out()).toContain("title        Title a1");
    expect(show.out()).toContain("\n\nFirst article.");

    const showJson = captureIo(dir);
    await main(["show", "a1", "--db", db, "--json", "--raw"], showJson.io);
    expect(JSON.parse(showJson.out())).toMatchObject({ id: "a1", published: "2023-07-09", raw: line("a1", "First article.") });
  });

  it("uses WIRETRACE_DB, then ./wiretrace.db, when --db is not given", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.jsonl"), `${line("a1", "Text.")}\n`);
    await main(["ingest", "in.jsonl"], captureIo(dir).io);
    const list = captureIo(dir);
    await main(["list", "--json", "--db", join(dir, "wiretrace.db")], list.io);
    expect(JSON.parse(list.out())).toHaveLength(1);
    const viaEnv = captureIo(dir, "", { WIRETRACE_DB: join(dir, "other.db") });
    await main(["ingest", "in.jsonl"], viaEnv.io);
    const listEnv = captureIo(dir, "", { WIRETRACE_DB: join(dir, "other.db") });
    await main(["list", "--json"], listEnv.io);
    expect(JSON.parse(listEnv.out())).toHaveLength(1);
  });

  it("reports rejected records with file and line, exits 3, and keeps them in quarantine", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.jsonl"), `${line("a1", "Good.")}\n{oops\n${line("a2", "")}\n`);
    const db = join(dir, "w.db");
    const run = captureIo(dir);
    expect(await main(["ingest", dir, "--db", db], run.io)).toBe(EXIT.rejected);
    expect(run.out()).toContain(`rejected ${join(dir, "in.jsonl")}:2: invalid JSON`);
    expect(run.out()).toContain(`rejected ${join(dir, "in.jsonl")}:3 [text]: empty text`);
    const q = captureIo(dir);
    await main(["quarantine", "--db", db, "--json"], q.io);
    const entries = JSON.parse(q.out());
    expect(entries).toHaveLength(2);
    expect(Buffer.from(entries[0].raw, "base64").toString()).toBe("{oops");
  });

  it("reads stdin with -", async () => {
    const dir = tempDir();
    const run = captureIo(dir, `${line("s1", "Piped in.")}\n`);
    expect(await main(["ingest", "-", "--db", join(dir, "w.db"), "--json"], run.io)).toBe(EXIT.ok);
    expect(JSON.parse(run.out())).toMatchObject({ inserted: 1, rejected: 0 });
  });

  it("maps errors to messages and exit codes in one place", async () => {
    const dir = tempDir();
    const db = join(dir, "w.db");
    const missing = captureIo(dir);
    expect(await main(["show", "nope", "--db", db], missing.io)).toBe(EXIT.notFound);
    expect(missing.err()).toBe('wiretrace: no article with id "nope"\n');
    const badFormat = captureIo(dir);
    expect(await main(["ingest", dir, "--db", db, "--format", "pdf"], badFormat.io)).toBe(EXIT.usage);
    expect(badFormat.err()).toMatch(/--format: unknown format "pdf"/);
    const badEncoding = captureIo(dir);
    expect(await main(["ingest", dir, "--db", db, "--encoding", "ebcdic"], badEncoding.io)).toBe(EXIT.usage);
    const unknown = captureIo(dir);
    expect(await main(["frobnicate"], unknown.io)).toBe(EXIT.usage);
    expect(unknown.err()).toMatch(/unknown command/);
  });
});
