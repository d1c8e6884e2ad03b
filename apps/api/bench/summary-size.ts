import { type RecommendationSummary, summarise } from "@platform-advisor/model";
import { recommend, recommendSummary } from "@platform-advisor/rules";
import { answerSets } from "./answer-sets.ts";

/**
 * How many bytes the compact view (`view=summary`) takes over the load benchmark's distinct answer sets, and which
 * of its fields take them: the whole view, then the same view with one field cut down at a time. The issue asks
 * for under 2 kB; the contract (v3) fixes the fields, so this says what a smaller shape would save, not what to
 * change. SIZE_SETS (default 20,000) of the 100,000 sets; the full view over the first FULL_SETS (default 500).
 */

const SETS = Number(process.env.SIZE_SETS ?? 20_000);
const FULL_SETS = Number(process.env.FULL_SETS ?? 500);

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** Median, 90th percentile and largest of a list of sizes. */
const spread = (sizes: number[]) => {
  const sorted = [...sizes].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p90: at(0.9), max: at(1) };
};

/** Each variant cuts one thing from the contract's shape, to show what that thing costs. */
const VARIANTS: Record<string, (summary: RecommendationSummary) => unknown> = {
  "as the contract fixes it": (summary) => summary,
  "unmet as question ids only": (summary) => ({
    ...summary,
    ranking: summary.ranking.map((entry) => ({ ...entry, unmet: entry.unmet.map((unmet) => unmet.question) })),
  }),
  "no name per ranked platform": (summary) => ({
    ...summary,
    ranking: summary.ranking.map(({ name: _, ...entry }) => entry),
  }),
  "no certainty text": (summary) => ({ ...summary, certainty: { level: summary.certainty.level } }),
  "no conflicts": (summary) => ({ ...summary, conflicts: [] }),
  "unmet as ids, no names, no certainty text": (summary) => ({
    ...summary,
    certainty: { level: summary.certainty.level },
    ranking: summary.ranking.map(({ name: _, ...entry }) => ({
      ...entry,
      unmet: entry.unmet.map((unmet) => unmet.question),
    })),
  }),
};

const main = async () => {
  const sets = answerSets(100_000, 7).slice(0, SETS);
  const summaries: RecommendationSummary[] = [];
  for (const answers of sets) summaries.push(await recommendSummary(answers));
  console.log(
    `Bytes of JSON over ${sets.length.toLocaleString("en-US")} of the load benchmark's distinct sets (seed 7)\n`,
  );
  console.log("| view | median | p90 | largest |");
  console.log("| --- | ---: | ---: | ---: |");
  const fulls: number[] = [];
  for (const answers of sets.slice(0, FULL_SETS)) {
    const full = await recommend(answers);
    fulls.push(bytes(full));
    // The same facts either way: the compact view is the full one cut down.
    if (bytes(summarise(full)) !== bytes(await recommendSummary(answers))) throw new Error("the two views disagree");
  }
  const row = (name: string, sizes: number[]) => {
    const { median, p90, max } = spread(sizes);
    console.log(`| ${name} | ${median} | ${p90} | ${max} |`);
  };
  row(`full (first ${fulls.length} sets)`, fulls);
  for (const [name, variant] of Object.entries(VARIANTS))
    row(
      `summary, ${name}`,
      summaries.map((s) => bytes(variant(s))),
    );
  const share = (part: (summary: RecommendationSummary) => number) =>
    spread(summaries.map((summary) => part(summary))).median;
  console.log("\nMedian bytes per field of the contract's shape:");
  const fields: Record<string, (summary: RecommendationSummary) => number> = {
    "ranking[].unmet": (s) => s.ranking.reduce((sum, entry) => sum + bytes(entry.unmet), 0),
    "ranking[].name": (s) => s.ranking.reduce((sum, entry) => sum + bytes(entry.name) + 8, 0),
    "ranking[] without unmet and name": (s) =>
      s.ranking.reduce((sum, { unmet: _, name: __, ...entry }) => sum + bytes(entry), 0),
    certainty: (s) => bytes(s.certainty),
    conflicts: (s) => bytes(s.conflicts),
    "everything else": (s) => bytes({ ...s, ranking: [], certainty: null, conflicts: [] }),
  };
  for (const [name, part] of Object.entries(fields)) console.log(`  ${name}: ${share(part)}`);
  const over = summaries.filter((summary) => bytes(summary) > 2048).length;
  console.log(
    `\nOver 2 kB (2,048 bytes): ${over} of ${summaries.length} (${((100 * over) / summaries.length).toFixed(1)}%)`,
  );
};

await main();
