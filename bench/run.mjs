// `npm run bench [-- --articles N]`: every benchmark, figures printed side by side with a baseline.
import { benchCompare } from "./compare.mjs";
import { benchDossier } from "./dossier.mjs";
import { benchIngest } from "./ingest.mjs";
import { benchIngestPostgres } from "./ingest-postgres.mjs";
import { benchReuse } from "./reuse.mjs";
import { benchStories } from "./stories.mjs";

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const articles = flag("--articles", 100_000);
// `--only reuse,stories` runs some sections.
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? "").split(",")) : null;
const wanted = (name) => only === null || only.has(name);
// `--store postgres [--workers 1,2]`: the ingest section writes PostgreSQL (WIRETRACE_BENCH_PG) with each number of
// workers listed (default 1 and 2); `--corpus FILE` reuses a corpus file an earlier run wrote.
const storeAt = args.indexOf("--store");
const store = storeAt >= 0 ? args[storeAt + 1] : "sqlite";
if (store !== "sqlite" && store !== "postgres") throw new Error(`--store: expected sqlite or postgres, got ${store}`);
const workersAt = args.indexOf("--workers");
const workers = (workersAt >= 0 ? args[workersAt + 1] ?? "" : "1,2").split(",").map(Number);
if (workers.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--workers: expected numbers of workers such as 1,2`);
const corpusAt = args.indexOf("--corpus");
const corpus = corpusAt >= 0 ? args[corpusAt + 1] : undefined;
// `--modes default,index,store-only`: which ingest paths the PostgreSQL section runs (default: default,store-only).
const modesAt = args.indexOf("--modes");
const modes = modesAt >= 0 ? (args[modesAt + 1] ?? "").split(",") : undefined;

console.log(`wiretrace bench on node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
if (wanted("ingest")) {
  console.log();
  console.log("== ingest ==");
  if (store === "postgres") await benchIngestPostgres({ articles, workers, modes, corpus });
  else await benchIngest({ articles });
}
if (wanted("reuse")) {
  console.log();
  console.log("== near-duplicates and reuse ==");
  await benchReuse({ articles, subset: Math.min(flag("--subset", 5000), articles) });
}
if (wanted("stories")) {
  console.log();
  console.log("== stories ==");
  await benchStories({ articles });
}
if (wanted("dossier")) {
  console.log();
  console.log("== dossier ==");
  await benchDossier();
}
if (wanted("compare")) {
  console.log();
  console.log("== compare (alignment and forensics) ==");
  await benchCompare();
}
