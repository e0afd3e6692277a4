// Amounts in time expressions: digits ("10", "1,000", "2 1/2", "1.5"), words ("twenty-four", "a", "a couple of")
// and vague words ("several", "a few", which TimeML writes as X).

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, dozen: 12, couple: 2, "a couple of": 2, "a couple": 2, "couple of": 2,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const VAGUE = ["several", "a few", "few", "some", "many", "a number of", "a handful of", "numerous", "countless"];

const unitWords = Object.keys(UNITS).filter((w) => !w.includes(" ")).sort((a, b) => b.length - a.length);
const tensWords = Object.keys(TENS);

/** A regular-expression source for an amount; use it inside a group. */
export const AMOUNT_SOURCE = [
  String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?`,
  String.raw`\d+(?:\s+1\/2|\.\d+)?`,
  String.raw`(?:${tensWords.join("|")})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?`,
  String.raw`(?:a\s+)?(?:hundred|thousand)`,
  String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand)`,
  String.raw`a\s+couple(?:\s+of)?`,
  ...VAGUE.map((v) => v.replace(/ /g, String.raw`\s+`)),
  `(?:${unitWords.join("|")})`,
].join("|");

/**
 * The amount a phrase names: a number, or "X" for a vague amount. Null when it is not an amount.
 *
 * @example parseAmount("twenty-four") // 24
 * @example parseAmount("2 1/2") // 2.5
 * @example parseAmount("several") // "X"
 */
export function parseAmount(text: string): number | "X" | null {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (VAGUE.includes(t)) return "X";
  const half = /^(\d+) 1\/2$/.exec(t);
  if (half) return Number(half[1]) + 0.5;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t in UNITS) return UNITS[t]!;
  const hundreds = /^(a|one|two|three|four|five|six|seven|eight|nine|ten)? ?(hundred|thousand)$/.exec(t);
  if (hundreds) return (UNITS[hundreds[1] ?? "one"] ?? 1) * (hundreds[2] === "hundred" ? 100 : 1000);
  const compound = /^([a-z]+)(?:[ -]([a-z]+))?$/.exec(t);
  if (compound && compound[1]! in TENS) {
    const ones = compound[2] === undefined ? 0 : UNITS[compound[2]];
    return ones === undefined ? null : TENS[compound[1]!]! + ones;
  }
  return null;
}

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21,
};

/** A regular-expression source for an ordinal ("third", "3rd", "21st"). */
export const ORDINAL_SOURCE = String.raw`\d{1,2}(?:st|nd|rd|th)|twenty-first|${Object.keys(ORDINALS).filter((o) => !o.includes("-")).join("|")}`;

/**
 * The number an ordinal names, or null.
 *
 * @example parseOrdinal("3rd") // 3
 */
export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  return ORDINALS[t] ?? null;
}
