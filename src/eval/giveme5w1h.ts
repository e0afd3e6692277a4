import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../core/errors.js";

/** One article of the Giveme5W1H news-cluster set, with its gold event. */
export interface GivemeArticle {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  readonly published: string;
  readonly text: string;
  /** The article's address, or `null` when the file has none. */
  readonly url: string | null;
  readonly event: string;
}

/** The event id from the `newsCluster` field: an object, or a Python-dict string such as `{'EventId': 70, ...}`. */
function eventOf(cluster: unknown, file: string): string {
  if (cluster !== null && typeof cluster === "object" && "EventId" in cluster) return String((cluster as { EventId: unknown }).EventId);
  const m = /'EventId':\s*(\d+)/.exec(String(cluster));
  if (!m) throw new InputError("no EventId in newsCluster", { file, field: "newsCluster" });
  return m[1]!;
}

/**
 * The folder holding a Giveme5W1H checkout's article files: its `data` folder, or `dir` itself when it has none.
 *
 * @example await givemeDataFolder("../shared/data/giveme5w1h_news_cluster") // ".../giveme5w1h_news_cluster/data"
 */
export async function givemeDataFolder(dir: string): Promise<string> {
  const hasData = (await readdir(dir, { withFileTypes: true })).some((e) => e.isDirectory() && e.name === "data");
  return hasData ? join(dir, "data") : dir;
}

/**
 * Read a Giveme5W1H folder (`data/*.json`, or the folder holding them), sorted by file name.
 *
 * @example const articles = await readGiveme5w1h("../shared/data/giveme5w1h_news_cluster");
 */
export async function readGiveme5w1h(dir: string): Promise<GivemeArticle[]> {
  const folder = await givemeDataFolder(dir);
  const names = (await readdir(folder)).filter((n) => n.endsWith(".json"));
  const out: GivemeArticle[] = [];
  for (const name of names.sort()) {
    const file = join(folder, name);
    const d = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    out.push({
      id: String(d["dId"] ?? name.replace(/\.json$/, "")),
      source: String(d["source_domain"] ?? ""),
      title: String(d["title"] ?? ""),
      published: String(d["date_publish"] ?? ""),
      text: String(d["text"] ?? ""),
      url: typeof d["url"] === "string" && d["url"] ? d["url"] : null,
      event: eventOf(d["newsCluster"], file),
    });
  }
  return out;
}
