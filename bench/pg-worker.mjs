// One ingest worker for the PostgreSQL bench: `node bench/pg-worker.mjs URL FILE MODE` (MODE: default, index or store-only).
// Prints the ingest report's counts and phase timings as JSON.
import { ingest, openPgStore } from "../dist/index.js";
import { MODES } from "./ingest-postgres.mjs";

const [url, file, mode] = process.argv.slice(2);
const store = await openPgStore(url);
try {
  const options = MODES[mode]?.options;
  if (!options) throw new Error(`unknown mode ${mode}`);
  const report = await ingest(store, [file], options);
  process.stdout.write(JSON.stringify({ inserted: report.inserted, unchanged: report.unchanged, timings: report.timings }));
} finally {
  await store.close();
}
