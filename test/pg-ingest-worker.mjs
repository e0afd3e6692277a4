// A separate worker process for test/pg-workers.test.ts: ingest one file into a PostgreSQL store in small batches.
// The TypeScript sources are loaded through Vite (as vitest does), so the test needs no build.
// Usage: node test/pg-ingest-worker.mjs URL FILE BATCH_SIZE  → prints the ingest report's counts as JSON.
import { createServer } from "vite";

const [url, file, batch] = process.argv.slice(2);
const server = await createServer({
  root: new URL("..", import.meta.url).pathname, logLevel: "error", configFile: false,
  server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { openPgStore } = await server.ssrLoadModule("/src/store/postgres/pg-store.ts");
  const { ingest } = await server.ssrLoadModule("/src/engine/ingest.ts");
  const store = await openPgStore(url);
  try {
    // WIRETRACE_NO_STORY_LOCK=1 (for checking that the test notices): share the store without the story lock.
    const target = process.env.WIRETRACE_NO_STORY_LOCK ? { ...store, lockStories: undefined, storyChanges: undefined } : store;
    const report = await ingest(target, [file], { batchSize: Number(batch) });
    process.stdout.write(JSON.stringify({ read: report.read, inserted: report.inserted, unchanged: report.unchanged, duplicates: report.duplicates }));
  } finally {
    await store.close();
  }
} finally {
  await server.close();
}
