import type { Candidate, ParseContext, Resolution, TimexParser } from "./pipeline-types.js";

/** What a pattern parser's extractor returns: a resolution, optionally narrowing or widening the span. */
export type Extracted = Resolution &
  Partial<Pick<Candidate, "byTense" | "hint">> & {
    /** Offsets relative to the match start, when the expression is not the whole match. */
    readonly from?: number;
    readonly to?: number;
    /** Extra tags after `parser/NAME`. */
    readonly tags?: readonly string[];
  };

/**
 * A regular-expression source matching any of the phrases, longest first; spaces match any run of white space.
 *
 * @example new RegExp(anyOf(["at least", "about"])).source // "(?:at\\s+least|about)"
 */
export function anyOf(phrases: readonly string[]): string {
  const escaped = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, String.raw`\s+`));
  return `(?:${escaped.join("|")})`;
}

/**
 * A parser from a regular expression and an extractor. The pattern runs over each sentence (flags `g`, `d` and `u`
 * are added) and only matches on word boundaries: it never starts or ends inside a word. The extractor returns
 * null to reject a match.
 *
 * @example
 * patternParser("today", /today/i, (_m, ctx) => ({ type: "DATE", value: dayValue(ctx.anchor), granularity: "day" }))
 */
export function patternParser(
  name: string,
  pattern: RegExp,
  extract: (match: RegExpExecArray, context: ParseContext) => Extracted | null,
): TimexParser {
  const flags = [...new Set(`${pattern.flags}gdu`)].join("");
  // The boundaries are part of the pattern, so that the engine backtracks to a match that ends on one ("weekend",
  // not "week" followed by "end").
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${pattern.source})(?![\p{L}\p{N}])`, flags);
  return sentenceParser(name, (context) => {
    const s = context.sentence.text;
    const out: Located[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const r = extract(m, context);
      if (r === null) continue;
      out.push({ ...r, from: m.index + (r.from ?? 0), to: m.index + (r.to ?? m[0].length) });
    }
    return out;
  });
}

/** A found expression with its span in the sentence. */
export type Located = Extracted & { readonly from: number; readonly to: number };

/**
 * A parser from a function that finds expressions in a sentence itself (offsets relative to the sentence).
 *
 * @example sentenceParser("noon", (ctx) => ctx.sentence.text.includes("noon") ? [...] : [])
 */
export function sentenceParser(name: string, find: (context: ParseContext) => Located[]): TimexParser {
  return {
    name,
    parse(context) {
      return find(context).map((r) => ({
        start: context.sentence.start + r.from,
        end: context.sentence.start + r.to,
        type: r.type,
        value: r.value,
        granularity: r.granularity,
        tags: [`parser/${name}`, ...(r.tags ?? [])],
        ...(r.byTense ? { byTense: r.byTense } : {}),
        ...(r.hint ? { hint: r.hint } : {}),
      }));
    },
  };
}
