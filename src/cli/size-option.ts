import { InvalidArgumentError } from "commander";

const UNITS: Readonly<Record<string, number>> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * Parse a size option: a whole number, optionally with K, M or G (binary multiples, a trailing B or iB allowed).
 *
 * @example parseSize("8M") // 8388608
 */
export function parseSize(value: string): number {
  const match = /^\s*(\d+)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value);
  const n = match ? Number(match[1]) * UNITS[match[2]!.toLowerCase()]! : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a size such as 65536, 64K or 8M, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** Parse a whole number of at least 1. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of at least 1, got ${JSON.stringify(value)}`);
  return n;
}

/**
 * Gather a repeatable option's values, for commander: `.option("--set <v>", "…", collect, [])`.
 *
 * @example collect("threshold=0.2", []) // ["threshold=0.2"]
 */
export const collect = (value: string, previous: readonly string[]): string[] => [...previous, value];
