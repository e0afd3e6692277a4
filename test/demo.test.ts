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

    // It ends with the dossier of its biggest story: the Tal Qasra strike, five outlets, two independent reports.
    const dossier = out.slice(out.indexOf("Dossier of the biggest story"));
    expect(dossier).toMatch(/^Dossier of the biggest story \(all of it: wiretrace story s[0-9a-f]{12} --db \S+ --format text\|json\|md\|html\)/);
    expect(dossier).toContain("5 articles from 5 outlets");
    expect(dossier).toContain("2 independent reports; 3 of the articles derive from another article of the story.");
    expect(dossier).toMatch(/^Meridian Press Agency {2}000_3fa85c1e9d07b2a4 {2}2023-07-09 {2}\(independent report\)$/m);
    expect(dossier).toMatch(/^├─ Northgate Evening News .*: exact duplicate/m);
    expect(dossier).toMatch(/^├─ The Levant Courier .*: derived, whole, \d+% reused, .*hung under the earlier source, not a sibling$/m);
    expect(dossier).toMatch(/^└─ Harbour Daily Star .*: derived, whole/m);
    expect(dossier).toMatch(/^Frontline Monitor .*\(independent report\)$/m);
    expect(dossier).toContain("number (fighters): two in Meridian Press Agency, Northgate Evening News, The Levant Courier; three in Harbour Daily Star");
    expect(dossier).toContain("single source: 4 outlets, all resting on Meridian Press Agency's report, counts once");
    expect(dossier).toMatch(/… and \d+ more claims/);
    expect(out.trimEnd().endsWith(dossier.trimEnd())).toBe(true);

    const json = captureIo(dir);
    expect(await main(["demo", "--db", join(dir, "demo.db"), "--json"], json.io)).toBe(EXIT.ok);
    const data = JSON.parse(json.out());
    expect(data.stats).toMatchObject({ articles: 13, sources: 7, exactDuplicates: 1, quarantined: 0 });
    expect(data.dossier).toMatchObject({ format: "wiretrace-dossier", summary: { articles: 5, independentReports: 2 } });
  });
});
