import type { AnyPlatformId, PlatformId } from "@platform-advisor/model";
import type { LatestAssessment, WorkloadRef } from "../storage/assessments.ts";

export type Portfolio = {
  workloads: number;
  byRecommended: Record<string, number>;
  drift: { workload: WorkloadRef; currentPlatform: PlatformId; recommended: AnyPlatformId }[];
  stale: number;
};

/**
 * The portfolio over each workload's latest assessment: how many recommend each platform, which
 * workloads run today on something other than their recommendation, and how many were saved
 * under another ruleset or profile than today's.
 */
export const portfolioOf = (
  latest: readonly LatestAssessment[],
  today: { rulesetVersion: string; profileHash: string | null },
): Portfolio => {
  const byRecommended: Record<string, number> = {};
  const drift: Portfolio["drift"] = [];
  let stale = 0;
  for (const entry of latest) {
    byRecommended[entry.recommended] = (byRecommended[entry.recommended] ?? 0) + 1;
    if (entry.currentPlatform && entry.currentPlatform !== "none" && entry.currentPlatform !== entry.recommended) {
      drift.push({ workload: entry.workload, currentPlatform: entry.currentPlatform, recommended: entry.recommended });
    }
    if (entry.rulesetVersion !== today.rulesetVersion || entry.profileHash !== today.profileHash) stale++;
  }
  return { workloads: latest.length, byRecommended, drift, stale };
};
