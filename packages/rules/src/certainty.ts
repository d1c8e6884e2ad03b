import {
  ANSWER_LABELS,
  type Answers,
  type Assumption,
  type Certainty,
  type CustomQuestion,
  type Platform,
  type QuestionId,
  type RankedPlatform,
  requirementLabel,
} from "@platform-advisor/model";
import { formatCount } from "./explain.ts";

/** Below this many score points between the first two, the answer is close. */
export const CLOSE_SCORE_MARGIN = 5;

/**
 * The answers that decide most results: where it runs, how big the team and the workload are, how much the team
 * will operate and what it must survive. When most of them are assumed, the answer is provisional.
 */
export const DECISIVE: readonly QuestionId[] = [
  "hosting",
  "teamSize",
  "containerCount",
  "management",
  "highAvailability",
  "scaling",
];

/**
 * Whether an assumption says anything about the platform that leads: a host count means nothing serverless, and
 * what runs at the edge nothing where nothing runs there.
 */
export const mattersFor = (question: QuestionId, leader: Platform, hosting: readonly string[]): boolean =>
  !(question === "hostCount" && leader.traits.includes("serverless")) &&
  !(question === "edgeFootprint" && !hosting.includes("edge"));

const plural = (count: number, noun: string) => `${formatCount(count)} ${noun}${count === 1 ? "" : "s"}`;

/**
 * How sure the answer is: a trade-off when the pick leaves a stated requirement unmet, provisional when most
 * decisive answers were assumed, close when the scores are near, else clear. One sentence each.
 */
export const certaintyOf = (
  first: Pick<RankedPlatform, "name" | "unmet">,
  second: Pick<RankedPlatform, "name"> | undefined,
  scoreMargin: number,
  asked: Answers,
  assumptions: readonly Assumption[],
  /** The organisation's own questions, to name the requirements they set by their prompts. */
  custom: readonly CustomQuestion[] = [],
): Certainty => {
  if (first.unmet.length > 0) {
    const questions = first.unmet.map((unmet) => requirementLabel(unmet.question, custom)).join("; ");
    return {
      level: "trade-off",
      text: `No platform meets every requirement you stated: ${first.name} leaves ${plural(first.unmet.length, "requirement")} unmet (${questions}), and the others leave more or score lower.`,
    };
  }
  const assumed = DECISIVE.filter((question) => asked[question] === undefined);
  if (assumed.length * 2 > DECISIVE.length) {
    return {
      level: "provisional",
      text: `${assumed.length} of the ${DECISIVE.length} answers that decide most results were assumed (${assumed.map((question) => ANSWER_LABELS[question]).join(", ")}): answer them to firm this up.`,
    };
  }
  if (second && scoreMargin < CLOSE_SCORE_MARGIN) {
    return {
      level: "close",
      text:
        scoreMargin === 0
          ? `${first.name} and ${second.name} score the same to one decimal: either is defensible, and the reasons below say what puts ${first.name} first.`
          : `${first.name} leads ${second.name} by ${scoreMargin} score points: either is defensible, and the reasons below say what separates them.`,
    };
  }
  const remaining = assumptions.length;
  return {
    level: "clear",
    text: second
      ? `${first.name} meets every requirement you stated and leads ${second.name} by ${scoreMargin} score points${remaining ? `; ${plural(remaining, "answer")} assumed` : ""}.`
      : `${first.name} is the only platform that fits your answers.`,
  };
};
