import type { Answers, OrgProfile, Recommendation } from "@platform-advisor/model";
import { profileExclusions } from "@platform-advisor/rules";

export const GATES = ["drift", "forbidden"] as const;
export type Gate = (typeof GATES)[number];

export type GateResult = { failed: boolean; message: string };

/**
 * Drift: the workload runs today on another platform than the one recommended for it. The recommendation is named
 * by its name too: an organisation's own platform (org-) is known to a reader by its name, not its id.
 */
export const drift = (answers: Answers, recommendation: Recommendation): GateResult => {
  const current = answers.currentPlatform;
  if (current === undefined || current === "none")
    return { failed: false, message: "no drift check: the answers name no current platform (currentPlatform)" };
  const recommended = recommendation.recommended;
  const name = recommendation.ranking.find((entry) => entry.platform === recommended)?.name;
  return current === recommended
    ? { failed: false, message: `no drift: runs on ${current}, which is the recommendation` }
    : {
        failed: true,
        message: `drift: runs on ${current}, but the recommendation is ${recommended}${name ? ` (${name})` : ""}`,
      };
};

/** Forbidden: the workload runs today on a platform the organisation profile does not allow. */
export const forbidden = (answers: Answers, profile: OrgProfile): GateResult => {
  const current = answers.currentPlatform;
  if (current === undefined || current === "none")
    return { failed: false, message: "no forbidden check: the answers name no current platform (currentPlatform)" };
  const reason = profileExclusions(profile).get(current);
  return reason === undefined
    ? { failed: false, message: `allowed: ${current} is allowed by the profile ${profile.metadata.name}` }
    : {
        failed: true,
        message: `forbidden: runs on ${current}, which the profile ${profile.metadata.name} rules out: ${reason}`,
      };
};
