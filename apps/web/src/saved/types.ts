import type { Answers, PlatformId, Recommendation } from "@platform-advisor/model";

/** The shapes of the saved-assessment endpoints, as the OpenAPI document describes them. */
export type Workload = { id: string; name?: string; team?: string };
export type ProfileRef = { name: string; revision: string | number; hash: string };

export type Assessment = {
  id: string;
  workload: Workload;
  answers: Answers;
  note: string | null;
  createdAt: string;
  rulesetVersion: string;
  profile: ProfileRef | null;
  recommendation: Recommendation;
};

export type ReasonChange = { platform: PlatformId; text: string; impact: number | null; source: string };

export type Changes = {
  recommended: { before: PlatformId; after: PlatformId };
  rulesetVersion: { before: string; after: string };
  profile: { before: ProfileRef | null; after: ProfileRef | null };
  scores: { platform: PlatformId; before: number; after: number; eligibleBefore: boolean; eligibleAfter: boolean }[];
  reasons: { added: ReasonChange[]; removed: ReasonChange[] };
};

export type AssessmentDetail = Assessment & { current: Recommendation | null; changes?: Changes };

export type AssessmentSummary = Pick<Assessment, "id" | "workload" | "createdAt" | "rulesetVersion"> & {
  recommended: PlatformId;
  score: number;
};

export type AssessmentPage = { items: AssessmentSummary[]; next: string | null };

export type Portfolio = {
  workloads: number;
  byRecommended: Partial<Record<PlatformId, number>>;
  drift: { workload: Workload; currentPlatform: PlatformId; recommended: PlatformId }[];
  stale: number;
};
