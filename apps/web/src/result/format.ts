import type { PlatformId, Recommendation } from "@platform-advisor/model";

/** Scores and points as a person reads them: at most one decimal. */
export const formatPoints = (value: number): string => value.toLocaleString("en", { maximumFractionDigits: 1 });

/** A reason's effect on the score: "+12", "−4", or "Out" when it excludes the platform. */
export const formatImpact = (impact: number | null): string => {
  if (impact === null) return "Out";
  const sign = impact > 0 ? "+" : impact < 0 ? "−" : "±";
  return `${sign}${formatPoints(Math.abs(impact))}`;
};

/** A platform's display name from the ranking (which lists every platform), or its id. */
export const platformName = (recommendation: Recommendation, id: PlatformId): string =>
  recommendation.ranking.find((entry) => entry.platform === id)?.name ?? id;
