/** A small deterministic PRNG (mulberry32), so the covering array is the same on every run. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * A 3-wise covering array over parameters with the given numbers of levels, built greedily (AETG-style):
 * each row is the best of several random candidates at covering triples not covered yet; rows stop when
 * every triple of levels of every three parameters appears in some row. Returns rows of level indexes.
 */
export const coveringArray3 = (levels: readonly number[], candidates = 40, seed = 2026): number[][] => {
  const n = levels.length;
  const triples: [number, number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) for (let c = b + 1; c < n; c++) triples.push([a, b, c]);
  const uncovered = triples.map(([a, b, c]) => new Uint8Array(levels[a]! * levels[b]! * levels[c]!).fill(1));
  let remaining = uncovered.reduce((sum, set) => sum + set.length, 0);
  const cell = (t: number, row: readonly number[]) => {
    const [a, b, c] = triples[t]!;
    return (row[a]! * levels[b]! + row[b]!) * levels[c]! + row[c]!;
  };
  const gain = (row: readonly number[]) => {
    let count = 0;
    for (let t = 0; t < triples.length; t++) count += uncovered[t]![cell(t, row)]!;
    return count;
  };
  const next = random(seed);
  const rows: number[][] = [];
  while (remaining > 0) {
    // Seed each row with an uncovered triple so that every row makes progress.
    let t0 = 0;
    let first = -1;
    for (; t0 < triples.length; t0++) {
      first = uncovered[t0]!.indexOf(1);
      if (first >= 0) break;
    }
    const [a, b, c] = triples[t0]!;
    const fixed = [
      Math.floor(first / (levels[b]! * levels[c]!)),
      Math.floor(first / levels[c]!) % levels[b]!,
      first % levels[c]!,
    ];
    let best: number[] = [];
    let bestGain = -1;
    for (let k = 0; k < candidates; k++) {
      const row = levels.map((size) => Math.floor(next() * size));
      row[a] = fixed[0]!;
      row[b] = fixed[1]!;
      row[c] = fixed[2]!;
      const g = gain(row);
      if (g > bestGain) {
        best = row;
        bestGain = g;
      }
    }
    for (let t = 0; t < triples.length; t++) {
      const index = cell(t, best);
      if (uncovered[t]![index]) {
        uncovered[t]![index] = 0;
        remaining--;
      }
    }
    rows.push(best);
  }
  return rows;
};
