import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it } from "vitest";
import { serveCommand } from "../src/cli/commands/serve.js";
import { EXIT } from "../src/cli/io.js";
import { articleId } from "../src/core/types.js";
import { main } from "../src/cli/main.js";
import { openPgStore } from "../src/store/postgres/pg-store.js";
import { captureIo, tempDir } from "./helpers.js";
import { dropSchema, freshSchema, pgTestUrl, pgTestUrlFor, pgUnavailable, reportPgUnavailable } from "./pg-helpers.js";

const story = "Rockets struck the port city of Haifa on Friday morning, officials said, and two people were killed in the strike.";
const line = (id: string, text: string, published = "2023-07-09") =>
  JSON.stringify({ id, published, source: `Outlet ${id}`, title: `Title ${id}`, text });

describe("wiretrace CLI on PostgreSQL (--db postgres://...)", () => {
  if (pgUnavailable !== null) {
    reportPgUnavailable("CLI on PostgreSQL");
    return;
  }
  const schemas: string[] = [];
  const db = () => {
    const schema = freshSchema();
    schemas.push(schema);
    return pgTestUrlFor(schema);
  };
  afterEach(async () => {
    for (const s of schemas.splice(0)) await dropSchema(s);
  });

  it("migrates, ingests and answers the read commands", async () => {
    const dir = tempDir();
    const url = db();
    const migrate = captureIo(dir);
    expect(await main(["migrate", "--db", url, "--json"], migrate.io)).toBe(EXIT.ok);
    expect(JSON.parse(migrate.out())).toEqual({ store: "postgres", applied: [1, 2, 3, 4], version: 4 });
    const again = captureIo(dir);
    expect(await main(["migrate", "--db", url], again.io)).toBe(EXIT.ok);
    expect(again.out()).toMatch(/is up to date \(schema version 4\)/);
    expect(again.out()).not.toContain("wiretrace:wiretrace@");

    writeFileSync(join(dir, "in.jsonl"), [
      line("a", story, "2023-07-07"),
      line("b", `${story} The army said it would respond.`, "2023-07-08"),
      line("c", story, "2023-07-09"),
      line("d", "Ceasefire talks resumed in Cairo as envoys met for a third day; no agreement was reported.", "2023-07-09"),
    ].join("\n"));
    const ingest = captureIo(dir);
    expect(await main(["ingest", join(dir, "in.jsonl"), "--db", url], ingest.io)).toBe(EXIT.ok);
    expect(ingest.out()).toMatch(/4 articles stored \(1 exact duplicates? of an earlier text\)/);
    const reingest = captureIo(dir);
    expect(await main(["ingest", join(dir, "in.jsonl"), "--db", url, "--json"], reingest.io)).toBe(EXIT.ok);
    expect(JSON.parse(reingest.out())).toMatchObject({ inserted: 0, unchanged: 4 });

    const list = captureIo(dir);
    expect(await main(["list", "--db", url, "--json"], list.io)).toBe(EXIT.ok);
    expect(JSON.parse(list.out()).map((a: { id: string }) => a.id)).toEqual(["d", "c", "b", "a"]);
    const dups = captureIo(dir);
    expect(await main(["dups", "--db", url, "--json"], dups.io)).toBe(EXIT.ok);
    expect(dups.out()).toContain('"c"');
    const stories = captureIo(dir);
    expect(await main(["stories", "--db", url, "--json"], stories.io)).toBe(EXIT.ok);
    const listed = JSON.parse(stories.out()) as { id: string; size: number }[];
    expect(listed.reduce((n, s) => n + s.size, 0)).toBe(4);
    const check = captureIo(dir);
    expect(await main(["check", "--db", url], check.io)).toBe(EXIT.ok);
    expect(check.out()).toMatch(/^ok: 4 articles, no problems found$/m);

    const store = await openPgStore(url);
    try {
      expect(store.kind).toBe("postgres");
      // b extends a's text: the reuse stage related them through the PostgreSQL LSH index.
      expect((await store.relationsOf(articleId("b"))).map((r) => [r.a, r.b])).toContainEqual(["a", "b"]);
    } finally {
      await store.close();
    }
  });

  it("serves the API from a PostgreSQL store", async () => {
    const dir = tempDir();
    const url = db();
    writeFileSync(join(dir, "in.jsonl"), line("a", story));
    await main(["ingest", join(dir, "in.jsonl"), "--db", url], captureIo(dir).io);
    const run = captureIo(dir);
    let started: { url: string; stop: () => Promise<void> } | null = null;
    const program = new Command().exitOverride();
    serveCommand(program, run.io, (u, stop) => (started = { url: u, stop }));
    await program.parseAsync(["serve", "--db", url, "--port", "0"], { from: "user" });
    const s = started as unknown as { url: string; stop: () => Promise<void> };
    try {
      expect(await (await fetch(`${s.url}/api/health`)).json()).toMatchObject({ ok: true, store: "postgres" });
      const search = (await (await fetch(`${s.url}/api/search?q=haifa`)).json()) as { hits: { id: string }[] };
      expect(search.hits.map((h) => h.id)).toEqual(["a"]);
    } finally {
      await s.stop();
    }
  });

  it("says clearly when the server cannot be reached or the URL is wrong", async () => {
    const dir = tempDir();
    const wrong = new URL(pgTestUrl!);
    wrong.password = "not-the-password";
    const denied = captureIo(dir);
    expect(await main(["list", "--db", wrong.toString()], denied.io)).toBe(EXIT.error);
    expect(denied.err()).toMatch(/^wiretrace: cannot connect to PostgreSQL at postgres:\/\/wiretrace:\*\*\*@/);
    expect(denied.err()).not.toContain("not-the-password");
    const badSchema = captureIo(dir);
    expect(await main(["list", "--db", `${pgTestUrl}?schema=Robert'); DROP`], badSchema.io)).toBe(EXIT.usage);
    expect(badSchema.err()).toMatch(/schema: expected lower-case letters, digits and _/);
  });
});
