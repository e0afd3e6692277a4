/**
 * Which label may follow which under BIO: `I-X` only after `B-X` or `I-X`, and never first. Row `labels.length`
 * stands for the sentence start.
 *
 * @example bioAllowed(["O", "B-PER", "I-PER"])[0]![2] // false: O cannot be followed by I-PER
 */
export function bioAllowed(labels: readonly string[]): boolean[][] {
  const allowed: boolean[][] = [];
  for (let prev = 0; prev <= labels.length; prev++) {
    const from = labels[prev];
    allowed.push(labels.map((to) => !to.startsWith("I-") || (from !== undefined && from !== "O" && from.slice(2) === to.slice(2))));
  }
  return allowed;
}

/**
 * The best label sequence under a first-order model: `emissions[t * L + y]` scores label `y` at token `t`,
 * `transitions[p * L + y]` scores `y` after `p` (row `L` is the start), and `allowed[p][y]` forbids transitions.
 *
 * @example viterbi(new Float64Array([1, 0, 0, 1]), new Float32Array(6), 2, 2, [[true, true], [true, true], [true, true]]) // [0, 1]
 */
export function viterbi(
  emissions: Float64Array,
  transitions: Float32Array,
  n: number,
  labelCount: number,
  allowed: readonly (readonly boolean[])[],
): number[] {
  const L = labelCount;
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = allowed[L]![y] ? emissions[y]! + transitions[L * L + y]! : -Infinity;
  }
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p]![y]) continue;
        const s = score[(t - 1) * L + p]! + transitions[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * L + y] = best + emissions[t * L + y]!;
      back[t * L + y] = arg;
    }
  }
  let last = 0;
  for (let y = 1; y < L; y++) if (score[(n - 1) * L + y]! > score[(n - 1) * L + last]!) last = y;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]!]!;
  return path;
}
