import { existsSync, rmSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { buildDossier } from "../../dossier/build-dossier.js";
import { renderDossierText } from "../../dossier/render-text.js";
import { ingest } from "../../engine/ingest.js";
import type { ArticleSummary } from "../../engine/store.js";
import { articleRows, ingestReportText } from "../format.js";
import { cell, print, printJson, type CliIo } from "../io.js";
import { withStore } from "../store-option.js";

/** The bundled sample corpus, beside `src/` or `dist/` in the package. */
export const demoCorpus = fileURLToPath(new URL("../../../samples/demo", import.meta.url));

/** Agency copy ships as plain text, which names no outlet: the demo names it, as a user would with --source. */
const DEMO_INPUTS: readonly { path: string; source?: string }[] = [
  { path: "agency", source: "Meridian Press Agency" },
  { path: "outlets.jsonl" },
  { path: "feeds" },
  { path: "pages" },
];

/** The demo's dossier shows the most corroborated claims and most mentioned entities only; the rest are counted. */
const DEMO_CLAIMS = 6;
const DEMO_ENTITIES = 10;

/** `wiretrace demo`: ingest the bundled sample corpus into a fresh database and show what wiretrace knows. */
export function demoCommand(program: Command, io: CliIo): void {
  program
    .command("demo")
    .description("ingest the bundled sample corpus into a fresh database and show what wiretrace knows of it")
    .option("--db <file>", "database file to (re)create", "wiretrace-demo.db")
    .option("--json", "print JSON")
    .action(async (flags: { db: string; json?: boolean }) => {
      const db = resolve(io.cwd, flags.db);
      for (const suffix of ["", "-wal", "-shm"]) if (existsSync(db + suffix)) rmSync(db + suffix);
      await withStore(db, async (store) => {
        const reports = [];
        for (const input of DEMO_INPUTS) {
          reports.push(await ingest(store, [resolve(demoCorpus, input.path)], { defaultSource: input.source }));
        }
        const articles = await store.listArticles({ limit: 1000 });
        const stats = await store.stats();
        const duplicates = await store.exactDuplicateGroups();
        // The demo ends with the dossier of its biggest story (most articles, then the earliest listed).
        const biggest = [...(await store.listStories({ limit: 100 }))].sort((a, b) => b.size - a.size)[0];
        const dossier = biggest ? await buildDossier(store, biggest.id) : null;
        if (flags.json) {
          return printJson(io, { db, stats, articles, exactDuplicates: duplicates, stories: await store.listStories({ limit: 100 }), dossier });
        }

        print(io, `wiretrace demo: the bundled sample corpus (samples/demo in the package) into ${relative(io.cwd, db)}`);
        print(io);
        for (const [i, report] of reports.entries()) {
          print(io, `${DEMO_INPUTS[i]!.path}: ${ingestReportText(report).join("\n")}`);
        }
        print(io);
        print(io, `${stats.articles} articles from ${stats.sources} outlets, published ${stats.firstPublished} to ${stats.lastPublished}`);
        print(io);
        print(io, "Outlets");
        const bySource = new Map<string, string[]>();
        for (const a of articles) {
          const key = a.source ?? "(unknown outlet)";
          bySource.set(key, [...(bySource.get(key) ?? []), a.published.slice(0, 10)]);
        }
        for (const [source, dates] of [...bySource].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
          const sorted = [...dates].sort();
          print(io, `  ${cell(source, 24)}  ${String(dates.length).padStart(2)} article${dates.length === 1 ? " " : "s"}  ${sorted[0]} to ${sorted[sorted.length - 1]}`);
        }
        print(io);
        print(io, "Articles, newest first");
        for (const row of articleRows(articles)) print(io, `  ${row}`);
        print(io);
        print(io, "Exact duplicates (the same normalised text under different ids)");
        if (duplicates.length === 0) print(io, "  none");
        for (const group of duplicates) print(io, `  ${group.ids.join(" = ")}`);
        print(io);
        print(io, "Stories (articles grouped as they arrived, by text, time and reuse)");
        for (const story of await store.listStories({ limit: 100 })) {
          const found = await store.getStory(story.id);
          const outlets = [...new Set(found?.articles.map((a) => a.source ?? "?"))].join(", ");
          print(io, `  ${story.id}  ${story.size} article${story.size === 1 ? "" : "s"} from ${story.outlets} outlet${story.outlets === 1 ? "" : "s"}: ${story.headline ?? ""}`);
          print(io, `      ${outlets}`);
        }
        print(io);
        print(io, "Reuse (who copied whom, from shared passages and publication times)");
        const relations = await store.listRelations(["duplicate", "near-duplicate", "derived"]);
        const byId = new Map(articles.map((a) => [a.id, a]));
        const label = (id: string) => `${byId.get(id as ArticleSummary["id"])?.source ?? "?"} ${id.length > 28 ? `${id.slice(0, 27)}…` : id}`;
        for (const { a, b, relation: r } of relations) {
          const what = r.kind === "derived" ? `derived, ${r.extent}, ${Math.round(r.share * 100)}% reused` : r.kind;
          if (r.source === "undetermined") {
            print(io, `  ${label(a)} and ${label(b)}: ${what}, direction undetermined`);
            continue;
          }
          const [source, copy] = r.source === "b" ? [b, a] : [a, b];
          print(io, `  ${label(copy)} from ${label(source)}: ${what}, confidence ${r.confidence.toFixed(2)}`);
        }
        print(io);
        const at = `--db ${relative(io.cwd, db)}`;
        print(io, `Explore: wiretrace list ${at} | wiretrace show ID ${at} | wiretrace stories ${at} | wiretrace story ID ${at} | wiretrace reuse ID ${at} | wiretrace dups ${at}`);
        if (dossier) {
          print(io);
          print(io, `Dossier of the biggest story (all of it: wiretrace story ${dossier.id} ${at} --format text|json|md|html)`);
          print(io);
          io.stdout.write(renderDossierText(dossier, { maxClaims: DEMO_CLAIMS, maxEntities: DEMO_ENTITIES }));
        }
      });
    });
}
