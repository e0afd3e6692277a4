import { join } from "node:path";
import { main } from "../src/cli/main.js";
import { captureIo } from "./helpers.js";

/** Build the demo database (what `wiretrace demo` makes) in `dir` and return its path. */
export async function demoDatabase(dir: string): Promise<string> {
  const path = join(dir, "demo.db");
  const run = captureIo(dir);
  const code = await main(["demo", "--db", path, "--json"], run.io);
  if (code !== 0) throw new Error(`wiretrace demo failed (${code}): ${run.err()}`);
  return path;
}

/** The demo's story A (the Tal Qasra strike): an agency original, copies, rewrites and one independent report. */
export const STRIKE_HEADLINE = /Islamic State commander killed in US strike/;
export const AGENCY_ORIGINAL = "000_3fa85c1e9d07b2a4";
export const EXACT_COPY = "northgate-evening-news-2023-07-09-tal-qasra-strike";
export const INDEPENDENT_REPORT = "tag:example-frontline-monitor.test,2023:article-7731";
