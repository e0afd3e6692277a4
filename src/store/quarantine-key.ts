import { createHash } from "node:crypto";
import type { Rejection } from "../core/types.js";

/** The identity of a quarantine entry: the same bad record ingested twice is kept once. */
export function quarantineKey(r: Rejection): string {
  return createHash("sha256")
    .update(`${r.file}\u0000${r.line ?? ""}\u0000${r.field ?? ""}\u0000${r.reason}\u0000`)
    .update(r.raw)
    .digest("hex");
}
