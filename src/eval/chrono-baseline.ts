// The baseline wiretrace is measured against: plain chrono-node (its casual English parser) on the whole text,
// with the document's creation date as the reference. Each result becomes a DATE or TIME whose value is made from
// chrono's components at the finest one chrono is certain of (a weekday counts as a day).
import * as chrono from "chrono-node";
import { chronoReference } from "../timeline/parsers/chrono-parser.js";
import type { CalendarDate } from "../timeline/calendar.js";
import type { TimexSpan } from "./timeml.js";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** chrono's results on a text as TimeML spans (UTF-16 offsets). */
export function chronoTimexes(text: string, anchor: CalendarDate): TimexSpan[] {
  return chrono.parse(text, chronoReference(anchor)).map((r) => {
    const c = r.start;
    const y = pad(c.get("year") ?? anchor.year, 4);
    const mo = pad(c.get("month") ?? 1);
    const d = pad(c.get("day") ?? 1);
    const certain = (k: chrono.Component) => c.isCertain(k);
    let value: string;
    let type = "DATE";
    if (certain("hour")) {
      type = "TIME";
      value = `${y}-${mo}-${d}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`;
    } else if (certain("day") || certain("weekday")) value = `${y}-${mo}-${d}`;
    else if (certain("month")) value = `${y}-${mo}`;
    else if (certain("year")) value = y;
    else value = `${y}-${mo}-${d}`;
    return { start: r.index, end: r.index + r.text.length, type, value };
  });
}
