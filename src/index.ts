export * from "./core/types.js";
export * from "./core/errors.js";
export { normaliseText, foldText, textHash, displayText } from "./core/text.js";
export { parsePublished, formatPublished } from "./core/published.js";
export { detectLanguage } from "./core/language.js";
export { readInputs, type ReadOptions } from "./ingest/read-inputs.js";
export type { FormatName } from "./ingest/detect.js";
export { ingest, type IngestOptions, type IngestReport, type RejectionNote } from "./engine/ingest.js";
export type * from "./engine/store.js";
export { openSqliteStore, type SqliteStoreOptions } from "./store/sqlite/sqlite-store.js";
export {
  recogniseEntities, createRecogniser, defaultRefiners, defaultDocumentRefiners, type Recogniser, type RecogniserOptions,
} from "./entities/recogniser.js";
export type { EntityMention, EntityType, ProvenanceTag } from "./entities/entity-mention.js";
export { loadNerModel } from "./entities/model-file.js";
