import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ingest } from "../src/engine/ingest.js";
import { StoryEngine } from "../src/engine/stories.js";
import type { Store } from "../src/engine/store.js";
import { createApp } from "../src/server/app.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { PORT_STRIKE, storyLine } from "./helpers.js";

const TOKEN = "engine-test-token";
const PORT = PORT_STRIKE;
const line = (id: string, text: string, day: number) => `${storyLine(id, text, day)}\n`;

let dir: string;
const stores: Store[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const s of stores.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("server uploads and the story engine", () => {
  it("keep one engine between uploads, and reopen it when another process has written", async () => {
    dir = mkdtempSync(join(tmpdir(), "wiretrace-engine-"));
    const path = join(dir, "w.db");
    const store = openSqliteStore(path);
    stores.push(store);
    const app = createApp(store, { token: TOKEN });
    const opens = vi.spyOn(StoryEngine, "open");
    const upload = async (body: string) => {
      const r = await app.request("/api/articles?name=a.jsonl", { method: "POST", body, headers: { authorization: `Bearer ${TOKEN}` } });
      expect(r.status).toBe(201);
    };

    await upload(line("p1", PORT[0]!, 1));
    await upload(line("p2", PORT[1]!, 2));
    expect(opens).toHaveBeenCalledTimes(1);
    const story = (await store.storyOf("p1" as never))!;
    expect(await store.storyOf("p2" as never)).toBe(story);

    // Another process (a second connection to the same file) ingests an article of the same story.
    const other = openSqliteStore(path);
    stores.push(other);
    const file = join(dir, "p3.jsonl");
    writeFileSync(file, line("p3", PORT[2]!, 3));
    await ingest(other, [file], { worker: false });
    expect(await other.storyOf("p3" as never)).toBe(story);
    opens.mockClear();

    await upload(line("p4", PORT[3]!, 4));
    expect(opens).toHaveBeenCalledTimes(1);
    expect(await store.storyOf("p4" as never)).toBe(story);
    // The saved profile counts all four articles: an engine kept stale would have saved its own view (three).
    const saved = (await store.getStory(story))!;
    expect(saved.articles.map((a) => a.id).sort()).toEqual(["p1", "p2", "p3", "p4"]);
    expect(saved.story.size).toBe(4);
  });
});
