import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { InputError } from "../core/errors.js";
import { NerModel, type NerModelData } from "./ner-model.js";

/** The format name and version a saved model carries; a loader refuses any other. */
export const NER_MODEL_FORMAT = "wiretrace-ner-perceptron";
export const NER_MODEL_VERSION = 1;

/** The bundled English model, beside `src/` or `dist/` in the package. */
export const bundledNerModelPath = fileURLToPath(new URL("../../models/ner-en.json.gz", import.meta.url));

/**
 * Weights are saved as 16-bit integers times `scale`: a row keeps a bit mask of its non-zero labels and only those
 * values. Quantisation error is below half a step (max |w| / 65534), under the pruning threshold.
 */
interface SavedModel {
  readonly format: string;
  readonly version: number;
  readonly labels: readonly string[];
  readonly info: Readonly<Record<string, string | number>>;
  readonly scale: number;
  /** Base64 of little-endian arrays. */
  readonly hashes: string;
  readonly masks: string;
  readonly values: string;
  readonly transitions: readonly number[];
  /** Words of each case class, one a line. */
  readonly caseProfile: Readonly<Record<"lower" | "capital" | "mixed", string>>;
}

const toBase64 = (array: Uint32Array | Uint16Array | Int16Array): string =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");

function fromBase64<T>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, "base64");
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return make(copy);
}

/** Encode a model as gzip-compressed JSON. */
export function encodeNerModel(model: NerModelData): Buffer {
  const L = model.labels.length;
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const rows = model.featureHashes.length;
  const masks = new Uint16Array(rows);
  const values: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let y = 0; y < L; y++) {
      const q = Math.round(model.weights[r * L + y]! / scale);
      if (q === 0) continue;
      masks[r]! |= 1 << y;
      values.push(q);
    }
  }
  const profile = { lower: [] as string[], capital: [] as string[], mixed: [] as string[] };
  for (const [word, kind] of model.caseProfile) profile[kind].push(word);
  const saved: SavedModel = {
    format: NER_MODEL_FORMAT,
    version: NER_MODEL_VERSION,
    labels: model.labels,
    info: model.info,
    scale,
    hashes: toBase64(model.featureHashes),
    masks: toBase64(masks),
    values: toBase64(Int16Array.from(values)),
    transitions: Array.from(model.transitions, (w) => Math.round(w * 1e4) / 1e4),
    caseProfile: { lower: profile.lower.sort().join("\n"), capital: profile.capital.sort().join("\n"), mixed: profile.mixed.sort().join("\n") },
  };
  return gzipSync(JSON.stringify(saved), { level: 9 });
}

/** Decode what {@link encodeNerModel} wrote. A wrong format or version is an {@link InputError} naming the file. */
export function decodeNerModel(bytes: Uint8Array, file = "<model>"): NerModelData {
  let saved: SavedModel;
  try {
    saved = JSON.parse(gunzipSync(bytes).toString("utf8")) as SavedModel;
  } catch (error) {
    throw new InputError(`not a gzip-compressed JSON model: ${(error as Error).message}`, { file });
  }
  if (saved.format !== NER_MODEL_FORMAT || saved.version !== NER_MODEL_VERSION) {
    throw new InputError(`expected a ${NER_MODEL_FORMAT} model, version ${NER_MODEL_VERSION}`, { file, field: "format" });
  }
  const L = saved.labels.length;
  const hashes = fromBase64(saved.hashes, (b) => new Uint32Array(b));
  const masks = fromBase64(saved.masks, (b) => new Uint16Array(b));
  const values = fromBase64(saved.values, (b) => new Int16Array(b));
  const weights = new Float32Array(hashes.length * L);
  let v = 0;
  for (let r = 0; r < hashes.length; r++) {
    const mask = masks[r]!;
    if (mask === 0) continue;
    for (let y = 0; y < L; y++) if (mask & (1 << y)) weights[r * L + y] = values[v++]! * saved.scale;
  }
  const caseProfile = new Map<string, "lower" | "capital" | "mixed">();
  for (const kind of ["lower", "capital", "mixed"] as const) {
    for (const word of saved.caseProfile[kind].split("\n")) if (word) caseProfile.set(word, kind);
  }
  return {
    labels: saved.labels,
    info: saved.info,
    featureHashes: hashes,
    weights,
    transitions: Float32Array.from(saved.transitions),
    caseProfile,
  };
}

/** Write a model file. */
export async function saveNerModel(path: string, model: NerModelData): Promise<number> {
  const bytes = encodeNerModel(model);
  await writeFile(path, bytes);
  return bytes.length;
}

const loaded = new Map<string, NerModel>();

/**
 * Load a model (by default the bundled English one, `models/ner-en.json.gz`) once per path; later calls return
 * the same instance.
 *
 * @example loadNerModel().tag(["Daesh", "fighters"])
 */
export function loadNerModel(path: string = bundledNerModelPath): NerModel {
  let model = loaded.get(path);
  if (model === undefined) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new InputError(`cannot read the NER model (run npm run train:ner): ${(error as Error).message}`, { file: path });
    }
    model = new NerModel(decodeNerModel(bytes, path));
    loaded.set(path, model);
  }
  return model;
}
