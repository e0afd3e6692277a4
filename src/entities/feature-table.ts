/**
 * 32-bit FNV-1a hash of a feature string (over UTF-16 code units). A saved model keeps these hashes instead of
 * the strings: smaller, and loaded without building a million strings.
 *
 * @example featureHash("w=Peter") === featureHash("w=Peter") // true
 */
export function featureHash(feature: string): number {
  return fnvUpdate(FNV_OFFSET, feature) >>> 0;
}

/** The FNV-1a state before any character. */
export const FNV_OFFSET = 0x811c9dc5;

/**
 * Continue an FNV-1a hash over more characters: `fnvUpdate(fnvUpdate(FNV_OFFSET, a), b) >>> 0` is
 * `featureHash(a + b)`, so a feature can be hashed from its parts without joining them.
 */
export function fnvUpdate(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * An open-addressing hash table from feature hash to weight row, built once from a model's hashes.
 * An unseen feature whose hash collides with a known one (about one lookup in ten thousand) reads that feature's
 * weights; the effect is noise well below what pruning removes.
 */
export class FeatureTable {
  /** Slot `i` holds the hash at `2i` and the row at `2i + 1` (-1 when empty): one cache line per probe. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(hashes: Uint32Array) {
    let capacity = 16;
    while (capacity < hashes.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    for (let i = 1; i < this.slots.length; i += 2) this.slots[i] = -1;
    this.mask = capacity - 1;
    hashes.forEach((hash, row) => {
      let slot = hash & this.mask;
      while (this.slots[2 * slot + 1] !== -1) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = hash | 0;
      this.slots[2 * slot + 1] = row;
    });
  }

  /** The weight row of a feature, or -1 when the model does not know it. */
  row(feature: string): number {
    return this.rowOfHash(featureHash(feature));
  }

  /** The weight row of a feature hash (as returned by {@link fnvUpdate}, signed or not), or -1. */
  rowOfHash(hash: number): number {
    const key = hash | 0;
    const slots = this.slots;
    let slot = key & this.mask;
    for (;;) {
      const row = slots[2 * slot + 1]!;
      if (row === -1 || slots[2 * slot] === key) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}
