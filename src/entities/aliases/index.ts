// Alias resolution: entity mentions → canonical entities, with the evidence of every merge.
export type { AliasMention, CanonicalEntity, EntityType, MergeEvidence, MergeRule, Swap, VariantCount } from "./types.js";
export { resolveAliases } from "./resolve-aliases.js";
export { defaultAliasOptions, type AliasOptions } from "./options.js";
export { parseName, type ParsedName } from "./name-parse.js";
export { skeleton } from "./skeleton.js";
export { jaro, jaroWinkler } from "./jaro-winkler.js";
export { matchNames, tokenSimilarity, defaultTranslitOptions, type NameMatch, type TranslitOptions } from "./name-match.js";
export { isPartialName } from "./partial-name.js";
export { acronymMatches } from "./acronym.js";
export { loadAliasTable, parseAliasTable, buildAliasTable, aliasGroupsOf, type AliasGroup, type AliasTable } from "./alias-table.js";
export { learnSwaps, defaultLearnSwapsOptions, type LearnSwapsOptions, type SentencePair } from "./learn-swaps.js";
