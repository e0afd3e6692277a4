// One ingest worker for the PostgreSQL bench: `node bench/pg-worker.mjs URL FILE MODE` (MODE: default or store-only).
// Prints the ingest report's counts and phase timings as JSON.
import { ingest, openPgStore } from "../dist/index.js";

const [url, file, mode] = process.argv.slice(2);
const store = await openPgStore(url);
try {
  const options = mode === "store-only" ? { index: false, stories: false } : {};
  const report = await ingest(store, [file], options);
  process.stdout.write(JSON.stringify({ inserted: report.inserted, unchanged: report.unchanged, timings: report.timings }));
} finally {
  await store.close();
}
