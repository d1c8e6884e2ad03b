import type { PlatformId, Recommendation } from "@platform-advisor/model";

export { formatImpact, formatPoints } from "@platform-advisor/model";

/** A platform's display name from the ranking (which lists every platform), or its id. */
export const platformName = (recommendation: Recommendation, id: PlatformId): string =>
  recommendation.ranking.find((entry) => entry.platform === id)?.name ?? id;
