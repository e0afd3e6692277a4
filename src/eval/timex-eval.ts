// `wiretrace eval timex`: wiretrace's time expressions against TimeML gold, with plain chrono-node scored in the
// same run, and predictions written in the format ../shared/tools/score_timex.py reads.
import { parseCalendarDate } from "../timeline/calendar.js";
import { extractTimexes } from "../timeline/extract.js";
import type { TimexOptions } from "../timeline/options.js";
import type { Timex } from "../timeline/types.js";
import { InputError } from "../core/errors.js";
import { chronoTimexes } from "./chrono-baseline.js";
import { readTimemlDocuments, type TimemlDocument } from "./timeml.js";
import { addCounts, countDocument, emptyCounts, timexScores, type TimexScores } from "./timex-score.js";

/** A system span as independent scorers read it: offsets in Unicode code points. */
export interface TimexPrediction {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
  readonly text: string;
}

export interface TimexEvaluation {
  readonly files: number;
  readonly wiretrace: TimexScores;
  readonly chrono: TimexScores;
  /** wiretrace's spans, document by document. */
  readonly predictions: readonly TimexPrediction[];
  /** Per document: gold and system spans, for error analysis. */
  readonly documents: readonly { readonly doc: TimemlDocument; readonly system: readonly Timex[] }[];
}

/** A function from UTF-16 offsets to code point offsets in one text. */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
  }
  map[text.length] = cp;
  return (i) => map[i]!;
}

/** The anchor of a document: its creation time's date. */
function anchorOf(doc: TimemlDocument) {
  const date = parseCalendarDate(doc.creationTime);
  if (date === null) throw new InputError(`creation time ${JSON.stringify(doc.creationTime)} is not a date`, { file: doc.path });
  return date;
}

/** Score wiretrace and chrono on already-read documents. */
export function evaluateTimexDocuments(docs: readonly TimemlDocument[], options: Partial<TimexOptions> = {}): TimexEvaluation {
  let ours = emptyCounts;
  let theirs = emptyCounts;
  const predictions: TimexPrediction[] = [];
  const documents: { doc: TimemlDocument; system: Timex[] }[] = [];
  for (const doc of docs) {
    const anchor = anchorOf(doc);
    const system = extractTimexes(doc.text, { date: doc.creationTime.slice(0, 10) }, options);
    const spans = system.map(({ start, end, type, value }) => ({ start, end, type, value }));
    ours = addCounts(ours, countDocument(doc.text, doc.gold, spans));
    theirs = addCounts(theirs, countDocument(doc.text, doc.gold, chronoTimexes(doc.text, anchor)));
    const cp = codePointOffsets(doc.text);
    for (const t of system) {
      predictions.push({ file: doc.file, start: cp(t.start), end: cp(t.end), type: t.type, value: t.value, text: t.text });
    }
    documents.push({ doc, system });
  }
  return { files: docs.length, wiretrace: timexScores(ours), chrono: timexScores(theirs), predictions, documents };
}

/**
 * Read the `.tml` files under the folders and score wiretrace and plain chrono-node on them.
 *
 * @example (await evaluateTimex(["../shared/data/tempeval3/Training/TBAQ-cleaned/TimeBank"])).wiretrace.valueF1
 */
export async function evaluateTimex(dirs: readonly string[], options: Partial<TimexOptions> = {}): Promise<TimexEvaluation> {
  return evaluateTimexDocuments(await readTimemlDocuments(dirs), options);
}
