// The terminal report of a comparison: the summary, the findings by group (facts first), the substitution
// lexicon, and the alignment with word-level diffs. Colour (ANSI) only when asked for.

import { FINDING_GROUPS, refs } from "./labels.js";
import type { AlignmentRow, CompareReport, DiffOp, ReportSide } from "./types.js";

/** Options of {@link renderCompareText}. */
export interface TextRenderOptions {
  /** ANSI colours (the CLI turns them on for a terminal, unless NO_COLOR is set). Default false. */
  readonly color: boolean;
  /** Print the alignment with word diffs after the findings. Default true. */
  readonly alignment: boolean;
}

const ANSI = { red: "\u001b[31m", green: "\u001b[32m", yellow: "\u001b[33m", bold: "\u001b[1m", dim: "\u001b[2m", reset: "\u001b[0m" } as const;

function sideLine(name: string, s: ReportSide): string {
  const bits = [s.source, s.published, s.id].filter((x): x is string => x !== null && x !== "");
  const title = s.title ? ` “${s.title}”` : "";
  return `${name}: ${bits.join(", ") || "(no metadata)"}${title} (${s.sentences.length} sentences, ${s.words} words)`;
}

function diffText(diff: readonly DiffOp[], paint: (c: keyof typeof ANSI, s: string) => string, color: boolean): string {
  return diff.map((d) => {
    if (d.op === "equal") return d.b;
    const del = d.a ? (color ? paint("red", d.a) : `[-${d.a}-]`) : "";
    const ins = d.b ? (color ? paint("green", d.b) : `{+${d.b}+}`) : "";
    return [del, ins].filter((x) => x).join(" ");
  }).join(" ");
}

function rowLines(r: AlignmentRow, report: CompareReport, paint: (c: keyof typeof ANSI, s: string) => string, color: boolean): string[] {
  const textOf = (side: ReportSide, idx: readonly number[]) => idx.map((k) => side.sentences[k]!.text).join(" ");
  if (r.kind === "only-in-a") return [`  ${refs("A", r.a).padEnd(8)} ${paint("red", "only in A")} (best ${r.score.toFixed(2)}): ${textOf(report.a, r.a)}`];
  if (r.kind === "only-in-b") return [`  ${refs("B", r.b).padEnd(8)} ${paint("green", "only in B")} (best ${r.score.toFixed(2)}): ${textOf(report.b, r.b)}`];
  const head = `  ${`${refs("A", r.a)}=${refs("B", r.b)}`.padEnd(8)} ${r.label}${r.moved ? ", moved" : ""} ${r.score.toFixed(2)}`;
  if (r.label === "same") return [`${head}: ${paint("dim", textOf(report.b, r.b))}`];
  return [`${head}:`, `      ${diffText(r.diff, paint, color)}`];
}

/**
 * A comparison as plain text for a terminal.
 *
 * @example renderCompareText(compareArticles(a, b), { color: false }).split("\n")[0] // "A: Reuters, 2024-05-01 …"
 */
export function renderCompareText(report: CompareReport, options: Partial<TextRenderOptions> = {}): string {
  const color = options.color ?? false;
  const paint = (c: keyof typeof ANSI, s: string) => (color ? `${ANSI[c]}${s}${ANSI.reset}` : s);
  const s = report.summary;
  const out: string[] = [
    sideLine("A", report.a),
    sideLine("B", report.b),
    "",
    paint("bold", `${s.same + s.reworded} aligned (${s.same} same, ${s.reworded} reworded, ${s.moved} moved), ${s.onlyInA} only in A, ${s.onlyInB} only in B; ${Math.round(s.keptShare * 100)}% of A's sentences kept`),
  ];
  if (report.lexicon.length > 0) {
    out.push("", paint("bold", "Substitution lexicon (recurring across the article)"));
    for (const e of report.lexicon) out.push(`  ${e.from} → ${e.to}  ×${e.count}  [${refs("A", e.a)} ${refs("B", e.b)}]`);
  }
  for (const group of FINDING_GROUPS) {
    const fs = report.findings.filter((f) => group.kinds.includes(f.kind));
    if (fs.length === 0) continue;
    out.push("", paint("bold", `${group.title} (${fs.length})`));
    const facts = group.kinds.includes("number");
    for (const f of fs) out.push(`  ${facts ? paint("yellow", "!") : "·"} ${f.detail}  [${[refs("A", f.a), refs("B", f.b)].filter((x) => x).join(" ")}]`);
  }
  if (report.findings.length === 0 && report.lexicon.length === 0) out.push("", "No differences found.");
  if (options.alignment ?? true) {
    out.push("", paint("bold", "Alignment"));
    for (const r of report.alignment) out.push(...rowLines(r, report, paint, color));
  }
  return `${out.join("\n")}\n`;
}
