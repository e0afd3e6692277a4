// One timed run in a process of its own, as a user's `wiretrace ingest` runs, its heap holding only what the run
// needs: `node bench/ingest-child.mjs pipeline|ingest DB FILE COUNT` prints the figures as JSON. `pipeline` runs the
// index path alone (bench/index-pipeline.mjs) into a store holding the articles; `ingest` the whole ingest without
// stories into a new store.
import { ingest, openSqliteStore } from "../dist/index.js";
import { indexPipeline } from "./index-pipeline.mjs";

const [mode, dbPath, file, countArg] = process.argv.slice(2);
const store = openSqliteStore(dbPath);
try {
  let out;
  if (mode === "pipeline") {
    out = await indexPipeline(store, file, Number(countArg));
  } else if (mode === "ingest") {
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    const report = await ingest(store, [file], { stories: false });
    const cpu = process.cpuUsage(cpu0);
    out = { secs: (performance.now() - t) / 1000, cpuSecs: (cpu.user + cpu.system) / 1e6, relations: report.relations, timings: report.timings };
  } else {
    throw new Error(`unknown mode ${mode}: pipeline or ingest`);
  }
  process.stdout.write(JSON.stringify(out));
} finally {
  await store.close();
}
