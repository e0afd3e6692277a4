/**
 * A count with its noun, singular for one: `plural(1, "article")` is "1 article", `plural(1200, "article")` is
 * "1,200 articles".
 */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n.toLocaleString("en-US")} ${n === 1 ? word : many}`;
