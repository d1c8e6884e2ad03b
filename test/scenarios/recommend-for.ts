import type { Answers, PlatformId, RankedPlatform, Recommendation } from "@platform-advisor/model";
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

/** The ranking's first entry; a ranking is never empty, and a test says so if it is. */
export const leaderEntry = (result: Recommendation): RankedPlatform => {
  const [first] = result.ranking;
  if (!first) throw new Error("the ranking is empty");
  return first;
};

/** The ranking's entry for a platform; every platform of the catalogue is ranked, and a test says so if one is not. */
export const platformEntry = (result: Recommendation, platform: PlatformId): RankedPlatform => {
  const entry = result.ranking.find((candidate) => candidate.platform === platform);
  if (!entry) throw new Error(`${platform} is not in the ranking`);
  return entry;
};

/** Whether the leader's reasons cite a passage of a seed document. */
export const leaderCites = (result: Recommendation, source: string): boolean =>
  leaderEntry(result).reasons.some((reason) => reason.source.includes(source));
