import type { Command } from "commander";
import { InputError, NotFoundError } from "../../core/errors.js";
import { articleId, type Article } from "../../core/types.js";
import { duplicateGroups } from "../../engine/duplicate-groups.js";
import { readInputs } from "../../ingest/read-inputs.js";
import { relateInput, relateTexts } from "../../reuse/relate-texts.js";
import { flipRelation, type Relation } from "../../reuse/relation.js";
import { defaultIndexParams, storeIndexParams } from "../../engine/index-params.js";
import { rebuildIndex, relateAll } from "../../engine/reindex.js";
import { print, printJson, type CliIo } from "../io.js";
import { dbLocation, withStore } from "../store-option.js";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** How a relation reads from side A: "derived (partial, 42% reused), source: B (confidence 0.70)". */
export function relationLine(r: Relation, nameA: string, nameB: string): string {
  const kind = r.kind === "derived" ? `derived (${r.extent}, ${pct(r.share)} reused)` : r.kind;
  const source = r.source === "a" ? nameA : r.source === "b" ? nameB : null;
  const direction = source === null ? "source undetermined" : `source: ${source} (confidence ${r.confidence.toFixed(2)})`;
  const e = r.evidence;
  return `${kind}; ${direction}; jaccard ${e.jaccard.toFixed(2)}, ${nameA} in ${nameB} ${pct(e.containmentAInB)}, ${nameB} in ${nameA} ${pct(e.containmentBInA)}`;
}

/** Passages as quoted snippets from both texts. */
export function passageLines(r: Relation, textA: string, textB: string, max = 5): string[] {
  const snip = (text: string, start: number, end: number) => {
    const s = text.slice(start, end).replace(/\s+/g, " ");
    return s.length > 110 ? `${s.slice(0, 70)} … ${s.slice(-35)}` : s;
  };
  const lines = r.evidence.passages.slice(0, max).map(
    (p) => `  · ${p.aWordEnd - p.aWordStart} words, A ${p.aStart}–${p.aEnd}, B ${p.bStart}–${p.bEnd}: "${snip(textA, p.aStart, p.aEnd)}"`,
  );
  if (r.evidence.passages.length > max) lines.push(`  · … and ${r.evidence.passages.length - max} more passages`);
  return lines;
}

async function firstArticle(path: string, io: CliIo): Promise<Article> {
  for await (const item of readInputs([path], { cwd: io.cwd })) {
    if (item.kind === "article") return item.article;
    throw new InputError(item.rejection.reason, { file: item.rejection.file, line: item.rejection.line, field: item.rejection.field });
  }
  throw new InputError("no article in this input", { file: path });
}

const threshold = (value: string): number => {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InputError(`expected a number from 0 to 1, got ${JSON.stringify(value)}`, { field: "--threshold" });
  return n;
};

/** `wiretrace dups`, `wiretrace reuse ID` and `wiretrace relate FILE_A FILE_B`. */
export function reuseCommands(program: Command, io: CliIo): void {
  program
    .command("dups")
    .description("list groups of duplicate and near-duplicate articles")
    .option("--db <file>", "database file")
    .option("--threshold <t>", "shingle Jaccard at or above which two articles group together", threshold, 0.8)
    .option("--json", "print JSON")
    .action(async (flags: { db?: string; threshold: number; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        const relations = await store.listRelations(["duplicate", "near-duplicate", "derived"]);
        const groups = duplicateGroups(relations, flags.threshold);
        const articles = new Map((await store.getArticles(groups.flat())).map((a) => [a.id, a]));
        const described = groups.map((ids) =>
          [...ids]
            .map((id) => articles.get(id)!)
            .sort((x, y) => x.published.date.localeCompare(y.published.date))
            .map((a) => ({ id: a.id, source: a.source, published: a.published.date, title: a.title })),
        );
        if (flags.json) return printJson(io, described);
        for (const [i, group] of described.entries()) {
          print(io, `group ${i + 1} (${group.length} articles)`);
          for (const a of group) print(io, `  ${a.published}  ${a.source ?? "(unknown outlet)"}  ${a.id}  ${a.title ?? ""}`);
        }
        print(io, `(${described.length} groups at Jaccard ≥ ${flags.threshold})`);
      });
    });

  program
    .command("reuse")
    .description("list what reuses, or is reused by, an article, with shares and shared passages")
    .argument("<id>", "article id")
    .option("--db <file>", "database file")
    .option("--json", "print JSON")
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        const article = await store.getArticle(articleId(id));
        if (!article) throw new NotFoundError(`no article with id ${JSON.stringify(id)}`);
        const relations = (await store.relationsOf(article.id)).map((r) =>
          r.a === article.id ? { other: r.b, relation: r.relation } : { other: r.a, relation: flipRelation(r.relation) },
        );
        const others = new Map((await store.getArticles(relations.map((r) => r.other))).map((a) => [a.id, a]));
        if (flags.json) return printJson(io, { id: article.id, relations });
        print(io, `${article.id} (${article.source ?? "unknown outlet"}, ${article.published.date}): ${relations.length} related`);
        for (const { other, relation } of relations) {
          const o = others.get(other)!;
          print(io);
          print(io, `${other} (${o.source ?? "unknown outlet"}, ${o.published.date}) ${o.title ?? ""}`);
          print(io, `  ${relationLine(relation, "this", "it")}`);
          for (const line of passageLines(relation, article.text, o.text)) print(io, line);
        }
      });
    });

  program
    .command("reindex")
    .description("rebuild the near-duplicate index (from stored signatures where possible) and relate every article again")
    .option("--db <file>", "database file")
    .option("--threshold <t>", "Jaccard threshold the LSH bands are tuned for", threshold)
    .option("--shingle-size <n>", "words per shingle (signatures are made again from the texts)", (v) => Number(v))
    .option("--json", "print JSON")
    .action(async (flags: { db?: string; threshold?: number; shingleSize?: number; json?: boolean }) => {
      await withStore(dbLocation(io, flags.db), async (store) => {
        const current = await storeIndexParams(store);
        const params = { ...current, threshold: flags.threshold ?? current.threshold, shingleSize: flags.shingleSize ?? current.shingleSize };
        const count = await rebuildIndex(store, params);
        const relations = await relateAll(store);
        if (flags.json) return printJson(io, { reindexed: count, relations, params });
        print(io, `re-indexed ${count} articles with ${JSON.stringify(params)}; ${relations} relations verified and stored`);
      });
    });

  program
    .command("relate")
    .description("compare two article files without a database: duplicate, near-duplicate, derived or unrelated")
    .argument("<fileA>", "first article (any supported format; the first article in it is used)")
    .argument("<fileB>", "second article")
    .option("--json", "print JSON")
    .action(async (fileA: string, fileB: string, flags: { json?: boolean }) => {
      const [a, b] = [await firstArticle(fileA, io), await firstArticle(fileB, io)];
      const relation = relateTexts(relateInput(a), relateInput(b), { passages: { shingleSize: defaultIndexParams.shingleSize } });
      if (flags.json) return printJson(io, { a: { id: a.id, file: fileA }, b: { id: b.id, file: fileB }, relation });
      print(io, `A = ${fileA} (${a.published.date}), B = ${fileB} (${b.published.date})`);
      print(io, relationLine(relation, "A", "B"));
      print(io, `rules: ${relation.evidence.rules.join(", ")}`);
      print(io, `${relation.evidence.passages.length} shared passages covering ${pct(relation.evidence.shareOfA)} of A and ${pct(relation.evidence.shareOfB)} of B`);
      for (const line of passageLines(relation, a.text, b.text, 10)) print(io, line);
    });
}
