import type { Published } from "./types.js";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function offsetMinutes(offset: string): number | null {
  if (offset === "Z" || offset === "UT" || offset === "UTC" || offset === "GMT") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) return null;
  const mins = Number(m[2]) * 60 + Number(m[3]);
  if (mins > 14 * 60) return null;
  return (m[1] === "-" ? -1 : 1) * mins;
}

const NAMED_ZONES: Readonly<Record<string, string>> = {
  EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00", MST: "-07:00", MDT: "-06:00", PST: "-08:00", PDT: "-07:00",
};

function build(
  y: number, mo: number, d: number, h: number | null, mi: number, s: number, ms: number, offset: string | null,
): Published | null {
  if (!validDate(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === null) return { kind: "date", date };
  if (h > 23 || mi > 59 || s > 60) return null;
  const normalisedOffset = offset === null ? null : NAMED_ZONES[offset] ?? offset;
  const mins = normalisedOffset === null ? 0 : offsetMinutes(normalisedOffset);
  if (mins === null) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - mins * 60_000;
  const shownOffset =
    normalisedOffset === null ? null
    : mins === 0 ? "Z"
    : `${mins < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(mins) / 60))}:${pad(Math.abs(mins) % 60)}`;
  return { kind: "datetime", date, instant: new Date(utc).toISOString(), offset: shownOffset };
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC2822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,3}|[+-]\d{4})?)?$/;
const MONTH_FIRST = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;

/**
 * Parse a publication date or date-time: ISO 8601 (`2023-07-09`, `2023-07-09T14:30:00+02:00`,
 * `2023-07-09 14:30:00`), RFC 2822 as in RSS (`Sun, 09 Jul 2023 14:30:00 GMT`), or `July 9, 2023` / `9 July 2023`.
 * Returns `null` for anything else: a date is never guessed.
 *
 * @example parsePublished("2023-07-09") // { kind: "date", date: "2023-07-09" }
 */
export function parsePublished(input: string): Published | null {
  const s = input.trim();
  let m = ISO.exec(s);
  if (m) {
    const frac = m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0;
    return build(
      Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? null : Number(m[4]),
      Number(m[5] ?? 0), Number(m[6] ?? 0), frac, m[8]?.toUpperCase() ?? null,
    );
  }
  m = RFC2822.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase().slice(0, m[2]!.toLowerCase().startsWith("sept") ? 4 : 3)];
    if (month === undefined) return null;
    const zone = m[7]?.toUpperCase() ?? null;
    return build(
      Number(m[3]), month, Number(m[1]), m[4] === undefined ? null : Number(m[4]),
      Number(m[5] ?? 0), Number(m[6] ?? 0), 0, m[4] === undefined ? null : zone ?? "Z",
    );
  }
  m = MONTH_FIRST.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase().slice(0, 3)];
    if (month === undefined) return null;
    return build(Number(m[3]), month, Number(m[2]), null, 0, 0, 0, null);
  }
  return null;
}

/** The canonical string of a publication time: the date, or the date-time with its offset. */
export function formatPublished(p: Published): string {
  if (p.kind === "date") return p.date;
  if (p.offset === null || p.offset === "Z") return p.instant;
  const mins = offsetMinutes(p.offset) ?? 0;
  const iso = new Date(Date.parse(p.instant) + mins * 60_000).toISOString();
  // Milliseconds are kept when there are any, so the string reads back as the same instant.
  const local = iso.endsWith(".000Z") ? iso.slice(0, 19) : iso.slice(0, 23);
  return `${local}${p.offset}`;
}

/** A sort key in milliseconds: a bare date sorts at the start of its UTC day. */
export function publishedSortKey(p: Published): number {
  return p.kind === "date" ? Date.parse(`${p.date}T00:00:00Z`) : Date.parse(p.instant);
}
