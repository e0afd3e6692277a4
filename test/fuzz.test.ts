import fc from "fast-check";
import { describe, it } from "vitest";
import { readerTargets, textTargets } from "../src/eval/fuzz-targets.js";

/**
 * A small run of the property-based fuzzing that `npm run fuzz` does at 100,000 inputs per reader: no reader or text
 * stage throws or hangs on generated input, and every rejection says where and why (see src/eval/fuzz-targets.ts).
 * The seed is fixed so a failure reproduces; FUZZ_SEED picks another.
 */
const seed = Number(process.env["FUZZ_SEED"] ?? 20261123);

describe("fuzzing: readers", () => {
  for (const target of readerTargets) {
    it(`${target.name}: 300 generated inputs, each read to the end without a throw, every rejection located`, async () => {
      await fc.assert(fc.asyncProperty(target.arbitrary, async (input) => target.run(input)), { numRuns: 300, seed, timeout: 5000 });
    });
  }
});

describe("fuzzing: dates, time expressions, entities, sentences, alignment", () => {
  for (const target of textTargets) {
    it(`${target.name}: 300 generated inputs`, async () => {
      await fc.assert(fc.asyncProperty(target.arbitrary, async (input) => target.run(input)), { numRuns: 300, seed, timeout: 5000 });
    });
  }
});
