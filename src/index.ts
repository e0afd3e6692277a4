export * from "./core/types.js";
export * from "./core/errors.js";
export { normaliseText, foldText, textHash, displayText } from "./core/text.js";
export { parsePublished, formatPublished } from "./core/published.js";
export { detectLanguage } from "./core/language.js";
export { readInputs, type ReadOptions } from "./ingest/read-inputs.js";
export type { FormatName } from "./ingest/detect.js";
export { defaultIngestLimits, type IngestLimits } from "./ingest/reader.js";
export { ingest, type IngestOptions, type IngestReport, type RejectionNote } from "./engine/ingest.js";
export type * from "./engine/store.js";
export { openSqliteStore, type SqliteStoreOptions } from "./store/sqlite/sqlite-store.js";
export { openPgStore, migratePgStore, type PgStore, type PgStoreOptions } from "./store/postgres/pg-store.js";
export {
  recogniseEntities, createRecogniser, defaultRefiners, defaultDocumentRefiners, type Recogniser, type RecogniserOptions,
} from "./entities/recogniser.js";
export type { EntityMention, EntityType, ProvenanceTag } from "./entities/entity-mention.js";
export { loadNerModel } from "./entities/model-file.js";
export { resolveAliases } from "./entities/aliases/resolve-aliases.js";
export type { AliasMention, CanonicalEntity, MergeEvidence } from "./entities/aliases/types.js";
export { resolveEntities } from "./engine/entities.js";
export { relateTexts, type RelateInput } from "./reuse/relate-texts.js";
export { classifyPair, pairDirection, type Relation, type RelationKind, type RelationEvidence } from "./reuse/relation.js";
export { compareTexts, type Passage, type PairEvidence } from "./reuse/passages.js";
export { tokenize, type Tokens } from "./sketch/tokens.js";
export { createMinHasher, estimateJaccard } from "./sketch/minhash.js";
export { optimalLshParams } from "./sketch/lsh-params.js";
export { MemoryLshIndex } from "./sketch/lsh-index.js";
export { defaultIndexParams, type IndexParams } from "./engine/index-params.js";
export { rebuildIndex, relateAll } from "./engine/reindex.js";
export { StoryClusterer, type Assignment, type ClusterInput } from "./stories/clusterer.js";
export { defaultStoryOptions, type StoryOptions } from "./stories/options.js";
export { StoryEngine, reclusterAll } from "./engine/stories.js";
export { splitSentences } from "./align/sentences.js";
export { sentenceSimilarity, PARAPHRASE_THRESHOLD } from "./align/similarity.js";
export { alignSentences, type Alignment, type AlignedPair, type AlignOptions } from "./align/align.js";
export { describeAttribution, type Attribution } from "./compare/attribution.js";
export {
  compareArticles, renderCompareHtml, renderCompareHtmlBody, renderCompareText, COMPARE_CSS,
  type CompareOptions, type CompareReport, type CompareSide, type Finding, type FindingKind, type LexiconEntry,
} from "./compare/compare.js";
export { extractTimexes } from "./timeline/extract.js";
export { timelineEntries, buildTimeline, type TimelineEntry, type TimelineEvent } from "./timeline/timeline.js";
export {
  buildDossier, derivationForest, storyClaims, storyCoverage, renderDossierText, renderDossierMarkdown, renderDossierHtml,
  renderDossierHtmlBody, defaultDossierOptions, type DossierOptions, type RenderOptions,
} from "./dossier/index.js";
export type { Dossier, Claim, ClaimCarrier, Contradiction, DerivationForest, DerivationEdge, Coverage } from "./dossier/types.js";
export { createApp, type App } from "./server/app.js";
export { startServer, type RunningServer } from "./server/node-server.js";
export { defaultServerOptions, type ServerOptions } from "./server/options.js";
