import type pg from "pg";
import type { ArticleSketch } from "../../engine/store.js";
import { copyRows, type CopyValue } from "./copy-in.js";
import type { PgDb } from "./pg-db.js";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a publication sort key (ms): the LSH table's partition key. */
export const publishedDay = (publishedAtMs: number): number => Math.floor(publishedAtMs / DAY_MS);

/** Band keys are unsigned 32-bit; PostgreSQL's integer is signed, so they are stored reinterpreted. */
export const signedKey = (key: number): number => key | 0;

/** Signature and band keys in one bytea: [bands: u32][band keys...][signature...], little-endian (as in SQLite). */
export function sketchBytes(sketch: ArticleSketch): Uint8Array {
  const out = new Uint32Array(1 + sketch.bandKeys.length + sketch.signature.length);
  out[0] = sketch.bandKeys.length;
  out.set(sketch.bandKeys, 1);
  out.set(sketch.signature, 1 + sketch.bandKeys.length);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function words(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

export function bytesSketch(shingles: number, bytes: Uint8Array): ArticleSketch {
  const w = words(bytes);
  const bands = w[0] ?? 0;
  return { shingles, bandKeys: w.slice(1, 1 + bands), signature: w.slice(1 + bands) };
}

export function bytesBandKeys(bytes: Uint8Array): Uint32Array {
  const w = words(bytes);
  return w.subarray(1, 1 + (w[0] ?? 0));
}

/** The month partition holding a day: its name and day range [from, to). */
export function monthPartition(day: number): { name: string; from: number; to: number } {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const from = Date.UTC(y, m, 1) / DAY_MS;
  const to = Date.UTC(y, m + 1, 1) / DAY_MS;
  const name = `lsh_bands_${y < 0 ? `m${-y}` : String(y).padStart(4, "0")}_${String(m + 1).padStart(2, "0")}`;
  return { name, from, to };
}

/**
 * The LSH index in PostgreSQL: `lsh_bands (band_key, published_day, seq)`, range-partitioned by publication month.
 * A lookup probes each partition's primary-key index by band key; dropping a window drops whole partitions.
 */
export class PgLsh {
  private readonly known = new Set<string>();

  constructor(private readonly db: PgDb) {}

  /**
   * Make sure the month partitions for these days exist. Runs in its own short transaction (creating a partition
   * locks the parent table), under an advisory lock so that two workers never create the same one.
   */
  async ensurePartitions(days: Iterable<number>): Promise<void> {
    const wanted = new Map<string, { name: string; from: number; to: number }>();
    for (const day of days) {
      const p = monthPartition(day);
      if (!this.known.has(p.name)) wanted.set(p.name, p);
    }
    if (wanted.size === 0) return;
    await this.db.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1, 1)", [this.db.lockSpace]);
      const existing = new Set(await this.partitionNames(client));
      for (const p of wanted.values()) {
        if (!existing.has(p.name)) {
          await client.query(`CREATE TABLE ${p.name} PARTITION OF lsh_bands FOR VALUES FROM (${p.from}) TO (${p.to})`);
        }
      }
    });
    for (const name of wanted.keys()) this.known.add(name);
  }

  /** The partitions that exist, oldest first. */
  async partitionNames(client?: pg.ClientBase): Promise<string[]> {
    const rows = client ? (await client.query<{ name: string }>(PARTITIONS)).rows : await this.db.query<{ name: string }>(PARTITIONS);
    return rows.map((r) => r.name).sort();
  }

  /** Write the band rows of new or replaced sketches with COPY. */
  async insertBands(client: pg.ClientBase, rows: readonly { seq: number; day: number; sketch: ArticleSketch }[]): Promise<void> {
    const out: CopyValue[][] = [];
    for (const r of rows) for (const key of new Set(r.sketch.bandKeys)) out.push([signedKey(key), r.day, r.seq]);
    await copyRows(client, "lsh_bands", ["band_key", "published_day", "seq"], out);
  }

  /** Remove band rows: each row is found through its partition (day) and key, never by a scan. */
  async deleteBands(client: pg.ClientBase, rows: readonly { seq: number; day: number; keys: Uint32Array }[]): Promise<void> {
    const keys: number[] = [], seqs: number[] = [], days: number[] = [];
    for (const r of rows) {
      for (const key of r.keys) {
        keys.push(signedKey(key));
        seqs.push(r.seq);
        days.push(r.day);
      }
    }
    if (keys.length === 0) return;
    await client.query(
      `DELETE FROM lsh_bands b USING unnest($1::int[], $2::bigint[], $3::int[]) AS d (k, s, day)
        WHERE b.band_key = d.k AND b.seq = d.s AND b.published_day = d.day`,
      [keys, seqs, days],
    );
  }

  /**
   * Drop the index partitions of months that end on or before `day` (days since 1970), with their sketches. Their
   * articles stay stored but are no longer near-duplicate candidates. Returns the partitions dropped.
   */
  async dropBefore(day: number): Promise<string[]> {
    return this.db.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1, 1)", [this.db.lockSpace]);
      const dropped: string[] = [];
      let start = 0;
      for (const name of await this.partitionNames(client)) {
        const bound = await client.query<{ expr: string }>(
          "SELECT pg_get_expr(c.relpartbound, c.oid) AS expr FROM pg_class c WHERE c.oid = $1::regclass", [name],
        );
        const to = /TO \('?(-?\d+)'?\)/.exec(bound.rows[0]?.expr ?? "");
        if (to && Number(to[1]) <= day) {
          await client.query(`DROP TABLE ${name}`);
          this.known.delete(name);
          dropped.push(name);
          start = Math.max(start, Number(to[1]));
        }
      }
      if (dropped.length > 0) {
        // The sketches of the dropped window go too, and the store records where its index now starts.
        await client.query("DELETE FROM sketches WHERE published_day < $1", [start]);
        await client.query(
          `INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
          [INDEX_START_SETTING, String(start)],
        );
      }
      return dropped;
    });
  }
}

/** Setting: the first publication day (since 1970) the index still covers after old windows were dropped. */
export const INDEX_START_SETTING = "lsh-index-start-day";

const PARTITIONS = `SELECT c.relname AS name FROM pg_inherits i
  JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'lsh_bands'::regclass`;
