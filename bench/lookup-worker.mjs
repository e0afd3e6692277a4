// Near-duplicate lookups in a process of their own, as a user's command runs them: `node bench/lookup-worker.mjs
// DB FILE COUNT`. Opens the SQLite store, looks up COUNT articles of the JSONL FILE (every line equally likely,
// seeded) after a short warm-up, and prints the latencies as JSON.
import { openSqliteStore } from "../dist/index.js";
import { sampleLines } from "./corpus.mjs";
import { timeLookups } from "./lookup-timing.mjs";

const [dbPath, file, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 1000);
const WARM_UP = 100;

const texts = (await sampleLines(file, WARM_UP + count, 9)).map((line) => JSON.parse(line).text);
const store = openSqliteStore(dbPath);
try {
  process.stdout.write(JSON.stringify(await timeLookups(store, texts, WARM_UP)));
} finally {
  await store.close();
}
