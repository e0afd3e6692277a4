import type { AliasTable } from "./alias-table.js";
import { defaultTranslitOptions, type TranslitOptions } from "./name-match.js";
import type { Swap } from "./types.js";

/** Options of {@link resolveAliases}. Every field has a default in {@link defaultAliasOptions}. */
export interface AliasOptions extends TranslitOptions {
  /**
   * When a surname or an acronym has no matching full name in its own article, look in the whole input (call
   * `resolveAliases` once per story so that the input is the story). Default true.
   */
  readonly storyScope: boolean;
  /** The score of a merge decided in the whole input rather than the article. Default 0.8. */
  readonly storyScopeScore: number;
  /** The alias table. Default null: the shipped table (extended with `aliasFiles`). Pass one to avoid re-reading files. */
  readonly aliasTable: AliasTable | null;
  /** JSON files of more alias groups (the shape of `alias-table.json`), added to the shipped table. Default []. */
  readonly aliasFiles: readonly string[];
  /** Swaps learned from aligned rewrites (`learnSwaps`). Default []. */
  readonly swaps: readonly Swap[];
  /** Swaps seen fewer times than this are not used as merges. Default 2. */
  readonly minSwapCount: number;
}

/**
 * The defaults of {@link resolveAliases}.
 *
 * @example resolveAliases(mentions, { ...defaultAliasOptions, storyScope: false })
 */
export const defaultAliasOptions: AliasOptions = {
  ...defaultTranslitOptions,
  storyScope: true,
  storyScopeScore: 0.8,
  aliasTable: null,
  aliasFiles: [],
  swaps: [],
  minSwapCount: 2,
};
