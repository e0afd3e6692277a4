// `npm run bench [-- --articles N]`: every benchmark, figures printed side by side with a baseline.
import { benchIngest } from "./ingest.mjs";
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

console.log(`wiretrace bench on node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
if (wanted("ingest")) {
  console.log();
  console.log("== ingest ==");
  await benchIngest({ articles });
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
