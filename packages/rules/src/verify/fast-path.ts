import type { OrgProfile } from "@platform-advisor/model";
import { type RecommendOptions, recommend } from "../recommend.ts";
import { verificationSweep } from "./answer-space.ts";

export interface FastPathReport {
  checked: number;
  mismatches: number;
  /** The first few answer sets on which the two paths differ. */
  examples: unknown[];
  seconds: number;
}

/** The whole result as text, or the error it throws: what must be byte-identical between the two paths. */
const outcome = async (answers: unknown, options: RecommendOptions) => {
  try {
    return JSON.stringify(await recommend(answers, options));
  } catch (error) {
    return `throws ${(error as Error).name}: ${(error as Error).message}`;
  }
};

/**
 * Runs `recommend()` with the incremental leader search and with the unoptimised reference over the verification
 * sweep (every n-th answer set), optionally under an organisation profile: the two must serialise byte for byte
 * the same.
 */
export const proveFastPath = async (every = 1, profile?: OrgProfile): Promise<FastPathReport> => {
  const started = performance.now();
  let checked = 0;
  let mismatches = 0;
  const examples: unknown[] = [];
  for (const answers of verificationSweep(every)) {
    checked++;
    const fast = await outcome(answers, { profile });
    const reference = await outcome(answers, { profile, leaderSearch: "reference" });
    if (fast === reference) continue;
    mismatches++;
    if (examples.length < 5) examples.push(answers);
  }
  return { checked, mismatches, examples, seconds: (performance.now() - started) / 1000 };
};
