import type { Answers, PlatformId, Recommendation } from "@platform-advisor/model";
import { recommend } from "@platform-advisor/rules";
import { expect } from "vitest";

/** Recommends for the answers and checks the leader, returning the whole result for further checks. */
export const expectLeader = async (answers: Answers, expected: PlatformId): Promise<Recommendation> => {
  const result = await recommend(answers);
  const top = result.ranking
    .slice(0, 3)
    .map((entry) => `${entry.platform}:${entry.score}`)
    .join(", ");
  expect(result.recommended, `top three: ${top}`).toBe(expected);
  return result;
};

/** Whether the leader's reasons cite a passage of a seed document. */
export const leaderCites = (result: Recommendation, source: string): boolean =>
  result.ranking[0]!.reasons.some((reason) => reason.source.includes(source));
