import { readFileSync } from "node:fs";
import { InputError } from "../../core/errors.js";
import { ENTITY_TYPES } from "../entity-mention.js";
import shipped from "./alias-table.json" with { type: "json" };
import { parseName, type ParsedName } from "./name-parse.js";
import type { EntityType } from "./types.js";

/** Names of one entity that spelling cannot connect (IS / Daesh, Kyiv / Kiev). */
export interface AliasGroup {
  /** What the group is called in evidence: "Islamic State". */
  readonly label: string;
  readonly type: EntityType;
  readonly names: readonly string[];
}

/**
 * A loaded alias table: its groups and an index from name keys to groups.
 * Names written in capitals (IS, ISIL) match only mentions written in capitals, so the verb "is" never does.
 */
export interface AliasTable {
  readonly groups: readonly AliasGroup[];
  readonly index: ReadonlyMap<string, readonly number[]>;
}


const capitalsKey = (type: EntityType, letters: string): string => `${type}|caps|${letters}`;
const nameKey = (type: EntityType, key: string): string => `${type}|name|${key}`;

/**
 * Check the JSON of an alias table (`{ groups: [{ label, type, names }] }`) and return its groups.
 * Throws an `InputError` naming the file and field at fault.
 *
 * @example parseAliasTable({ groups: [{ label: "Kyiv", type: "LOC", names: ["Kyiv", "Kiev"] }] }, "mine.json")
 */
export function parseAliasTable(json: unknown, file: string): AliasGroup[] {
  const fail = (field: string, reason: string): never => {
    throw new InputError(reason, { file, field });
  };
  if (typeof json !== "object" || json === null || !Array.isArray((json as { groups?: unknown }).groups)) {
    return fail("groups", "expected an object with a `groups` array");
  }
  return ((json as { groups: unknown[] }).groups).map((group, g) => {
    const at = `groups[${g}]`;
    if (typeof group !== "object" || group === null) return fail(at, "expected an object");
    const { label, type, names } = group as { label?: unknown; type?: unknown; names?: unknown };
    if (typeof type !== "string" || !(ENTITY_TYPES as readonly string[]).includes(type)) {
      return fail(`${at}.type`, `expected one of ${ENTITY_TYPES.join(", ")}`);
    }
    if (!Array.isArray(names) || names.length < 2) return fail(`${at}.names`, "expected an array of at least two names");
    names.forEach((n, k) => {
      if (typeof n !== "string" || n.trim() === "") fail(`${at}.names[${k}]`, "expected a non-empty string");
    });
    if (label !== undefined && typeof label !== "string") return fail(`${at}.label`, "expected a string");
    return { label: (label as string | undefined) ?? (names[0] as string), type: type as EntityType, names: names as string[] };
  });
}

/** Index groups by the keys their names parse to. */
export function buildAliasTable(groups: readonly AliasGroup[]): AliasTable {
  const index = new Map<string, number[]>();
  const add = (key: string, g: number): void => {
    const list = index.get(key) ?? [];
    if (!list.includes(g)) list.push(g);
    index.set(key, list);
  };
  groups.forEach((group, g) => {
    for (const name of group.names) {
      const parsed = parseName(name, group.type);
      if (parsed.acronym?.capitals) add(capitalsKey(group.type, parsed.acronym.letters), g);
      else add(nameKey(group.type, parsed.key), g);
    }
  });
  return { groups, index };
}

let shippedTable: AliasTable | null = null;

/**
 * The shipped alias table (`src/entities/aliases/alias-table.json`), extended with the groups of each JSON file
 * in `files` (same shape). Files are read synchronously; bad ones throw an `InputError` with the file and field.
 *
 * @example loadAliasTable().groups.some((g) => g.names.includes("Daesh")) // true
 * @example loadAliasTable(["./my-aliases.json"])
 */
export function loadAliasTable(files: readonly string[] = []): AliasTable {
  if (files.length === 0) return (shippedTable ??= buildAliasTable(parseAliasTable(shipped, "alias-table.json")));
  const groups = parseAliasTable(shipped, "alias-table.json");
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new InputError(`cannot read an alias table: ${(error as Error).message}`, { file });
    }
    groups.push(...parseAliasTable(json, file));
  }
  return buildAliasTable(groups);
}

/**
 * The groups a name belongs to (indices into `table.groups`), usually none or one.
 *
 * @example aliasGroupsOf(loadAliasTable(), parseName("Daesh", "ORG")) // [0]
 */
export function aliasGroupsOf(table: AliasTable, name: ParsedName): readonly number[] {
  const byName = table.index.get(nameKey(name.type, name.key)) ?? [];
  if (!name.acronym?.capitals) return byName;
  const byCapitals = table.index.get(capitalsKey(name.type, name.acronym.letters)) ?? [];
  return byName.length === 0 ? byCapitals : [...new Set([...byName, ...byCapitals])];
}
