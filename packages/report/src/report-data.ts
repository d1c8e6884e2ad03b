import {
  type Answers,
  type PlatformId,
  QUESTION_IDS,
  type QuestionId,
  type Reason,
  type Recommendation,
} from "@platform-advisor/model";
import { type ChartPoint, chartPoints } from "./chart.ts";
import { ANSWER_LABELS, formatAnswer, formatChange, formatGrowth, platformName } from "./format.ts";

export type PlatformReasons = {
  platform: PlatformId;
  name: string;
  rank: number;
  score: number;
  eligible: boolean;
  /** Reasons that add points, strongest first. */
  pros: Reason[];
  /** Reasons that take points away, strongest first. */
  cons: Reason[];
  /** Why an ineligible platform is out. */
  exclusions: Reason[];
};

export type AnswerRow = {
  question: QuestionId;
  label: string;
  value: string;
  origin: "given" | "assumed" | "not asked";
};

/** Everything a report shows, in reading order; the formats differ only in how they draw it. */
export type ReportData = {
  title: string;
  /** The day the report was made (YYYY-MM-DD, UTC). */
  date: string;
  generatedAt: string;
  rulesetVersion: string;
  recommended: { platform: PlatformId; name: string; score: number };
  runnerUp?: { platform: PlatformId; name: string; score: number };
  margin: number;
  /** Why the recommended platform wins: its reasons that add points. */
  why: Reason[];
  platforms: PlatformReasons[];
  assumptions: { label: string; value: string; text: string; source?: string }[];
  whatIf: { change: string; recommended: string; text: string }[];
  growthPath: { step: string; recommended: string; text: string }[];
  requirements: Recommendation["requirements"];
  chart: ChartPoint[];
  answers: AnswerRow[];
  /** Every source the report cites, once, sorted. */
  sources: string[];
};

const byStrength = (a: Reason, b: Reason) => Math.abs(b.impact ?? 0) - Math.abs(a.impact ?? 0);

const answerOrigin = (question: QuestionId, given: Answers, recommendation: Recommendation): AnswerRow["origin"] => {
  if (given[question] !== undefined) return "given";
  if (recommendation.assumptions.some((assumption) => assumption.question === question)) return "assumed";
  return recommendation.answers[question] === undefined ? "not asked" : "assumed";
};

/**
 * Builds what every report format shows from a recommendation, the answers the
 * team gave and the moment the report is made (injected so output is reproducible).
 */
export const reportData = (recommendation: Recommendation, given: Answers, generatedAt: Date): ReportData => {
  const [first, second] = recommendation.ranking;
  const recommended = recommendation.ranking.find((entry) => entry.platform === recommendation.recommended) ?? first;
  if (!recommended) throw new Error("A recommendation without a ranking cannot be reported");
  const platforms = recommendation.ranking.map((entry) => ({
    platform: entry.platform,
    name: entry.name,
    rank: entry.rank,
    score: entry.score,
    eligible: entry.eligible,
    pros: entry.reasons.filter((reason) => (reason.impact ?? 0) > 0).sort(byStrength),
    cons: entry.reasons.filter((reason) => reason.impact !== null && reason.impact < 0).sort(byStrength),
    exclusions: entry.reasons.filter((reason) => reason.impact === null),
  }));
  const sources = new Set<string>();
  for (const entry of recommendation.ranking) for (const reason of entry.reasons) sources.add(reason.source);
  for (const assumption of recommendation.assumptions) if (assumption.source) sources.add(assumption.source);

  return {
    title: `Container platform recommendation: ${recommended.name}`,
    date: generatedAt.toISOString().slice(0, 10),
    generatedAt: generatedAt.toISOString(),
    rulesetVersion: recommendation.rulesetVersion,
    recommended: { platform: recommended.platform, name: recommended.name, score: recommended.score },
    ...(second && first?.platform === recommended.platform
      ? { runnerUp: { platform: second.platform, name: second.name, score: second.score } }
      : {}),
    margin: recommendation.margin,
    why: platforms.find((entry) => entry.platform === recommended.platform)?.pros ?? [],
    platforms,
    assumptions: recommendation.assumptions.map((assumption) => ({
      label: ANSWER_LABELS[assumption.question],
      value: formatAnswer(assumption.question, assumption.value),
      text: assumption.text,
      ...(assumption.source ? { source: assumption.source } : {}),
    })),
    whatIf: recommendation.whatIf.map((item) => ({
      change: formatChange(item.change),
      recommended: platformName(item.recommended),
      text: item.text,
    })),
    growthPath: recommendation.growthPath.map((step) => ({
      step: formatGrowth(step),
      recommended: platformName(step.recommended),
      text: step.text,
    })),
    requirements: recommendation.requirements,
    chart: chartPoints(recommendation),
    answers: QUESTION_IDS.map((question) => ({
      question,
      label: ANSWER_LABELS[question],
      value: formatAnswer(question, recommendation.answers[question] ?? given[question]),
      origin: answerOrigin(question, given, recommendation),
    })),
    sources: [...sources].sort(),
  };
};
