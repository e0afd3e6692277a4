import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { EXIT } from "../src/cli/io.js";
import { captureIo, tempDir } from "./helpers.js";

interface Entity {
  type: string;
  canonical: string;
  variants: { text: string; count: number }[];
  outlets: string[];
  merges: { rule: string }[];
}

describe("wiretrace entities", () => {
  it("lists a story's entities with spelling variants merged, swaps learned from its rewrites, and outlets", async () => {
    const dir = tempDir();
    const db = join(dir, "demo.db");
    await main(["demo", "--db", db], captureIo(dir).io);
    const story = captureIo(dir);
    await main(["story", "000_3fa85c1e9d07b2a4", "--db", db, "--json"], story.io);
    const id = JSON.parse(story.out()).id as string;

    const run = captureIo(dir);
    expect(await main(["entities", "--story", id, "--db", db, "--json"], run.io)).toBe(EXIT.ok);
    const { entities, swaps } = JSON.parse(run.out()) as { entities: Entity[]; swaps: { from: string; to: string }[] };
    const named = (variant: string) => entities.find((e) => e.variants.some((v) => v.text === variant));
    expect(swaps).toContainEqual(expect.objectContaining({ from: "IS", to: "Daesh" }));
    const group = named("Daesh")!;
    expect(group.type).toBe("ORG");
    expect(group.variants.map((v) => v.text)).toEqual(expect.arrayContaining(["IS", "Islamic State", "Daesh"]));
    const commander = named("Usamah al Muhajir")!;
    expect(commander.variants.map((v) => v.text)).toEqual(expect.arrayContaining(["Osama al-Muhajer"]));
    expect(named("Centcom")!.variants.map((v) => v.text)).toContain("US Central Command");
    expect(named("Bashar al Assad")!.canonical).toBe("Bashar al-Assad");
    expect(group.outlets).toHaveLength(5);

    const text = captureIo(dir);
    await main(["entities", "--story", id, "--db", db], text.io);
    expect(text.out()).toMatch(/^ORG {2}Islamic State: \d+ mentions, 5 outlets {2}\[/m);

    const missing = captureIo(dir);
    expect(await main(["entities", "--story", "nope", "--db", db], missing.io)).toBe(EXIT.notFound);
  });
});
