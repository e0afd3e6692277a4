import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { EXIT } from "../src/cli/io.js";
import { captureIo, tempDir } from "./helpers.js";

describe("wiretrace demo", () => {
  it("ingests the bundled corpus from every format and shows outlets, duplicates and reuse", async () => {
    const dir = tempDir();
    const run = captureIo(dir);
    expect(await main(["demo", "--db", join(dir, "demo.db")], run.io)).toBe(EXIT.ok);
    const out = run.out();
    expect(out).toContain("13 articles from 7 outlets, published 2023-07-03 to 2023-07-10");
    expect(out).not.toMatch(/[1-9]\d* rejected/);
    expect(out).toContain("000_3fa85c1e9d07b2a4 = northgate-evening-news-2023-07-09-tal-qasra-strike");
    expect(out).toMatch(/Harbour Daily Star harbour-daily-star-2023-07-… from Meridian Press Agency 000_3fa85c1e9d07b2a4: derived, whole, 9\d% reused/);
    expect(out).toContain("Valley Herald");

    const json = captureIo(dir);
    expect(await main(["demo", "--db", join(dir, "demo.db"), "--json"], json.io)).toBe(EXIT.ok);
    const data = JSON.parse(json.out());
    expect(data.stats).toMatchObject({ articles: 13, sources: 7, exactDuplicates: 1, quarantined: 0 });
  });
});
