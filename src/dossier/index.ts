// The story dossier: coverage, derivation forest, claims with independent sources and contradictions, timeline
// and entities of one story, and its renderings.
export { buildDossier } from "./build-dossier.js";
export { derivationForest, forestRoots, forestChildren, type ForestArticle } from "./derivation-forest.js";
export { storyClaims, type ClaimArticle } from "./claims.js";
export { candidatePairs } from "./claim-candidates.js";
export { claimContradictions, numberValues, dateValues, type ValueSentence } from "./claim-values.js";
export { storyCoverage, formatLag } from "./coverage.js";
export { defaultDossierOptions, type DossierOptions } from "./options.js";
export { renderDossierText } from "./render-text.js";
export { renderDossierMarkdown } from "./render-markdown.js";
export { renderDossierHtml, renderDossierHtmlBody, escapeHtml } from "./render-html.js";
export type { RenderOptions } from "./render-common.js";
export type * from "./types.js";
