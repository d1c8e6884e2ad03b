import type { Answers, HostingTarget, ResolvedAnswers } from "@platform-advisor/model";

const CLOUDS: readonly HostingTarget[] = ["aws", "azure", "gcp", "other-cloud"];

/** What the rules see: the resolved answers plus facts derived from them. */
export interface Facts extends Omit<ResolvedAnswers, "hosting"> {
  hosting: HostingTarget[];
  /** False when the team did not say where it runs. */
  hostingKnown: boolean;
  /** How many distinct clouds the hosting names. */
  cloudCount: number;
  /** Two or more clouds. */
  multiCloud: boolean;
  /** Must run in the team's own data centre. */
  onPrem: boolean;
  /** Exactly one cloud and nothing else. */
  singleCloud: boolean;
  /** AWS and nothing else. */
  awsOnly: boolean;
  /** More than one machine. */
  multiHost: boolean;
  /** Some of the work is not a container, or is a batch job. */
  mixedWorkloads: boolean;
  /** How many advanced needs are named. */
  advancedNeedCount: number;
}

/** The facts derived from answers in which every question is answered (hosting may be empty: unknown). */
export const deriveFacts = (answers: Omit<ResolvedAnswers, "hosting"> & { hosting: HostingTarget[] }): Facts => {
  const hosting = answers.hosting;
  const cloudCount = hosting.filter((target) => CLOUDS.includes(target)).length;
  return {
    ...answers,
    hostingKnown: hosting.length > 0,
    cloudCount,
    multiCloud: cloudCount >= 2,
    onPrem: hosting.includes("on-prem"),
    singleCloud: cloudCount === 1 && hosting.length === 1,
    awsOnly: hosting.length === 1 && hosting[0] === "aws",
    multiHost: answers.hostCount > 1,
    mixedWorkloads: answers.workloads.includes("non-container") || answers.workloads.includes("batch"),
    advancedNeedCount: answers.needs.length,
  };
};

export type { Answers };
