// TimeML documents (.tml) as TempEval-3 distributes them: the creation time is the TIMEX3 with
// functionInDocument="CREATION_TIME" (in <DCT>), and the text to annotate is the content of <TEXT> with every tag
// stripped and the five XML entities unescaped. Gold TIMEX3 spans are offsets into that text.
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { InputError } from "../core/errors.js";

/** A time expression span with its TimeML attributes; offsets are UTF-16 offsets into the document's text. */
export interface TimexSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface TimemlDocument {
  /** The file's base name: what scorers key documents by. */
  readonly file: string;
  readonly path: string;
  /** The `<TEXT>` content, tags stripped, entities unescaped. */
  readonly text: string;
  /** The creation time's value (`1998-08-07`, `1989-10-26T10:20:00`). */
  readonly creationTime: string;
  /** Gold TIMEX3s inside `<TEXT>`, without empty ones. */
  readonly gold: readonly TimexSpan[];
}

const TAG = /<(\/?)([^\s>/]*)([^>]*?)(\/?)>/g;
const ATTR = /([\w:]+)\s*=\s*"([^"]*)"/g;
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The five XML entities unescaped; any other `&…;` is left as it is. */
export const unescapeXml = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e]!);

const attributes = (source: string): Record<string, string> =>
  Object.fromEntries([...source.matchAll(ATTR)].map((m) => [m[1]!, m[2]!]));

/**
 * Parse a TimeML document's source. Throws an `InputError` naming the file when it has no `<TEXT>` or no
 * creation time.
 *
 * @example parseTimeml(source, "APW19980807.0261.tml").creationTime // "1998-08-07"
 */
export function parseTimeml(source: string, path: string): TimemlDocument {
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(source)?.[1];
  if (body === undefined) throw new InputError("no <TEXT> element", { file: path });
  const dct = [...source.matchAll(/<TIMEX3\b([^>]*)>/g)]
    .map((m) => attributes(m[1]!))
    .find((a) => a["functionInDocument"] === "CREATION_TIME");
  if (!dct?.["value"]) throw new InputError("no TIMEX3 with functionInDocument=\"CREATION_TIME\"", { file: path });
  const parts: string[] = [];
  const gold: TimexSpan[] = [];
  const open: { attrs: Record<string, string>; at: number }[] = [];
  let pos = 0;
  let length = 0;
  for (const t of body.matchAll(TAG)) {
    const chunk = unescapeXml(body.slice(pos, t.index));
    parts.push(chunk);
    length += chunk.length;
    pos = t.index + t[0].length;
    const [, close, name, attrs, selfClose] = t;
    if (name !== "TIMEX3" || selfClose) continue;
    if (!close) {
      open.push({ attrs: attributes(attrs!), at: length });
      continue;
    }
    const o = open.pop();
    if (o && length > o.at && o.attrs["functionInDocument"] !== "CREATION_TIME") {
      gold.push({ start: o.at, end: length, type: o.attrs["type"] ?? "", value: o.attrs["value"] ?? "" });
    }
  }
  parts.push(unescapeXml(body.slice(pos)));
  return { file: basename(path), path, text: parts.join(""), creationTime: dct["value"], gold };
}

/** `.tml` files under each folder, recursively, sorted within each folder. */
export async function findTimemlFiles(dirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      throw new InputError(`cannot read folder: ${error instanceof Error ? error.message : String(error)}`, { file: dir });
    });
    const sorted = entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of sorted) if (e.isFile() && e.name.endsWith(".tml")) out.push(join(dir, e.name));
    for (const e of sorted) if (e.isDirectory()) await walk(join(dir, e.name));
  };
  for (const dir of dirs) await walk(dir);
  return out;
}

/** Read every `.tml` document under the folders. Two files with the same base name are an error, as for scorers. */
export async function readTimemlDocuments(dirs: readonly string[]): Promise<TimemlDocument[]> {
  const docs: TimemlDocument[] = [];
  const seen = new Map<string, string>();
  for (const path of await findTimemlFiles(dirs)) {
    const name = basename(path);
    const other = seen.get(name);
    if (other !== undefined) throw new InputError(`duplicate document name (also ${other}); pass folders that do not repeat a file`, { file: path });
    seen.set(name, path);
    docs.push(parseTimeml(await readFile(path, "utf8"), path));
  }
  if (docs.length === 0) throw new InputError("no .tml files found", { file: dirs.join(", ") });
  return docs;
}
