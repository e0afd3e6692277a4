import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../core/errors.js";
import { aliasGroupsOf, loadAliasTable, parseAliasTable } from "./alias-table.js";
import { parseName } from "./name-parse.js";
import type { EntityType } from "./types.js";

const label = (text: string, type: EntityType = "ORG"): string[] => {
  const table = loadAliasTable();
  return aliasGroupsOf(table, parseName(text, type)).map((g) => table.groups[g]!.label);
};

describe("the shipped alias table", () => {
  it.each<[string, EntityType, string]>([
    ["Daesh", "ORG", "Islamic State"],
    ["ISIL", "ORG", "Islamic State"],
    ["IS", "ORG", "Islamic State"],
    ["the Islamic State group", "ORG", "Islamic State"],
    ["Hizbollah", "ORG", "Hezbollah"],
    ["al-Qaida", "ORG", "al-Qaeda"],
    ["Al Qaeda", "ORG", "al-Qaeda"],
    ["CENTCOM", "ORG", "US Central Command"],
    ["U.S. Central Command", "ORG", "US Central Command"],
    ["Kiev", "LOC", "Kyiv"],
    ["U.N.", "ORG", "United Nations"],
  ])("puts %j (%s) in %j", (text, type, group) => {
    expect(label(text, type)).toEqual([group]);
  });

  it("matches names written in capitals only against capitals", () => {
    expect(label("is")).toEqual([]);
    expect(label("Is")).toEqual([]);
    expect(label("Who")).toEqual([]);
    expect(label("WHO")).toEqual(["World Health Organization"]);
  });

  it("matches only the type of the group", () => {
    expect(label("Kiev", "ORG")).toEqual([]);
    expect(label("Daesh", "PER")).toEqual([]);
  });
});

describe("user alias tables", () => {
  it("extends the shipped table with a JSON file", () => {
    const dir = mkdtempSync(join(tmpdir(), "aliases-"));
    const file = join(dir, "mine.json");
    writeFileSync(file, JSON.stringify({ groups: [{ label: "Vellin port", type: "ORG", names: ["Vellin Port Authority", "VPA"] }] }));
    const table = loadAliasTable([file]);
    expect(aliasGroupsOf(table, parseName("VPA", "ORG")).map((g) => table.groups[g]!.label)).toEqual(["Vellin port"]);
    expect(aliasGroupsOf(table, parseName("Daesh", "ORG"))).toHaveLength(1);
  });

  it.each([
    [{}, "groups"],
    [{ groups: [{ type: "PERSON", names: ["a", "b"] }] }, "groups[0].type"],
    [{ groups: [{ type: "ORG", names: ["only one"] }] }, "groups[0].names"],
    [{ groups: [{ type: "ORG", names: ["a", ""] }] }, "groups[0].names[1]"],
  ])("rejects %j naming the field %s", (json, field) => {
    expect(() => parseAliasTable(json, "mine.json")).toThrow(InputError);
    try {
      parseAliasTable(json, "mine.json");
    } catch (error) {
      expect((error as InputError).field).toBe(field);
      expect((error as InputError).file).toBe("mine.json");
    }
  });

  it("reports a file that is not JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "aliases-"));
    const file = join(dir, "broken.json");
    writeFileSync(file, "{ groups: ");
    expect(() => loadAliasTable([file])).toThrow(/broken\.json: cannot read an alias table/);
  });
});
