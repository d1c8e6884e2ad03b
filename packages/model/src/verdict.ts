import type { Answers, QuestionId } from "./answers.ts";
import { ANSWER_LABELS, formatAnswer, formatPoints } from "./display-format.ts";
import type { CustomQuestion } from "./org-profile.ts";
import type { Certainty, RankedPlatform, Recommendation, RequirementQuestion } from "./recommendation.ts";
import { customValues } from "./words.ts";

/** How each certainty level reads as a heading. */
export const CERTAINTY_WORDS: Record<Certainty["level"], string> = {
  clear: "Clear choice",
  close: "Close call",
  "trade-off": "Trade-off",
  provisional: "Provisional",
};

/** Below this many score points between the first two, a recommendation without `certainty` reads as close. */
const CLOSE_SCORE_POINTS = 5;

/** A score as it is shown: to one decimal. */
const shown = (score: number) => Math.round(score * 10) / 10;

/**
 * The answers that state a requirement a platform can fail, when given with
 * these values: what "meets all N of your requirements" counts.
 */
const STATES_REQUIREMENT: Partial<Record<QuestionId, (value: unknown) => boolean>> = {
  hosting: (value) => Array.isArray(value) && value.length > 0,
  management: (value) => value === "serverless" || value === "managed" || value === "self-managed",
  highAvailability: (value) => value === true,
  zeroDowntimeDeploys: (value) => value === true,
  scaling: (value) => value === "automatic" || value === "scale-to-zero",
  workloads: (value) => Array.isArray(value) && value.some((workload) => workload !== "stateless"),
  needs: (value) => Array.isArray(value) && value.length > 0,
  traffic: (value) => Array.isArray(value) && value.includes("tcp-udp"),
};

/** One requirement the team stated, as a reader sees it: "Survives a lost host: Yes". */
export type StatedRequirement = { question: RequirementQuestion; label: string; text?: string };

export type Verdict = {
  level: Certainty["level"];
  /** "Clear choice", "Close call", "Trade-off", "Provisional". */
  headline: string;
  /** The certainty's own sentence. */
  text: string;
  /** The second eligible platform, with the gap in the unit shown: score points, from the shown scores. */
  runnerUp?: { platform: RankedPlatform["platform"]; name: string; score: number; gap: number; line: string };
  /** The requirements the team stated, those the pick leaves unmet, and one line saying so. */
  requirements: { stated: StatedRequirement[]; unmet: StatedRequirement[]; line: string };
};

/** The recommendation's `certainty`, or, from an API that does not send one yet, the same idea from its margin. */
export const certaintyOf = (recommendation: Recommendation): Certainty => {
  if (recommendation.certainty) return recommendation.certainty;
  const [first, second] = recommendation.ranking;
  if (!second?.eligible) return { level: "clear", text: "The only platform that fits these answers." };
  const gap = shown(shown(first?.score ?? 0) - shown(second.score));
  return gap < CLOSE_SCORE_POINTS
    ? { level: "close", text: `${second.name} scores ${formatPoints(gap)} less: either is defensible.` }
    : { level: "clear", text: `${second.name} scores ${formatPoints(gap)} less.` };
};

/**
 * The score gap to the runner-up as a reader checks it: the difference of the
 * two scores as shown (to one decimal), so subtracting what the page shows
 * gives what it says. Equals `scoreMargin` when the API computes it from the
 * shown scores.
 */
export const scoreGapOf = (recommendation: Recommendation): number | undefined => {
  const [first, second] = recommendation.ranking;
  if (!first || !second?.eligible) return undefined;
  return shown(shown(first.score) - shown(second.score));
};

const CUSTOM = "custom.";

/**
 * What a reader calls a requirement's question: the questionnaire's label for a built-in one, the organisation's
 * own prompt for one of its questions (`custom.<id>`), its id only when the profile that asked it is not at hand.
 */
export const requirementLabel = (question: RequirementQuestion, custom: readonly CustomQuestion[] = []): string => {
  if (!question.startsWith(CUSTOM)) return ANSWER_LABELS[question as QuestionId];
  const id = question.slice(CUSTOM.length);
  return custom.find((entry) => entry.id === id)?.prompt ?? id;
};

/** The custom questions whose answers set a requirement: an option chosen that requires a capability. */
const customStated = (given: Answers, custom: readonly CustomQuestion[]): StatedRequirement[] =>
  custom.flatMap((question) => {
    const answer = given.custom?.[question.id];
    if (answer === undefined) return [];
    const values = customValues(answer);
    const chosen = question.options.filter((option) => values.includes(option.value));
    if (!chosen.some((option) => (option.requires ?? []).length > 0)) return [];
    return [
      {
        question: `${CUSTOM}${question.id}` as const,
        label: `${question.prompt} ${chosen.map((option) => option.label).join(", ")}`,
      },
    ];
  });

const unmetOf = (recommendation: Recommendation, custom: readonly CustomQuestion[]): StatedRequirement[] => {
  const leader = recommendation.ranking.find((entry) => entry.platform === recommendation.recommended);
  const byQuestion = new Map<RequirementQuestion, StatedRequirement>();
  for (const item of [...(leader?.unmet ?? []), ...(recommendation.conflicts ?? [])]) {
    if (!byQuestion.has(item.question)) {
      byQuestion.set(item.question, {
        question: item.question,
        label: requirementLabel(item.question, custom),
        text: item.text,
      });
    }
  }
  return [...byQuestion.values()];
};

/**
 * The requirements the team stated (given answers only, never assumed ones),
 * in questionnaire order, plus any the pick leaves unmet; then those its answers
 * to the organisation's own questions set (`custom`: the profile's questions).
 */
export const statedRequirements = (
  recommendation: Recommendation,
  given: Answers,
  custom: readonly CustomQuestion[] = [],
): StatedRequirement[] => {
  const unmet = unmetOf(recommendation, custom);
  const stated = (Object.keys(ANSWER_LABELS) as QuestionId[]).filter(
    (question) =>
      unmet.some((item) => item.question === question) ||
      (given[question] !== undefined && STATES_REQUIREMENT[question]?.(given[question]) === true),
  );
  const builtIn = stated.map((question) => ({
    question,
    label: `${ANSWER_LABELS[question]}: ${formatAnswer(question, given[question] ?? recommendation.answers[question])}`,
  }));
  return [...builtIn, ...customStated(given, custom)];
};

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/**
 * What the first screen says, in every format: how sure (in words), the
 * runner-up with the gap a reader can check by subtracting, and which of the
 * stated requirements the pick meets.
 */
export const verdictOf = (
  recommendation: Recommendation,
  given: Answers,
  custom: readonly CustomQuestion[] = [],
): Verdict => {
  const certainty = certaintyOf(recommendation);
  const [first, second] = recommendation.ranking;
  const gap = scoreGapOf(recommendation);
  const stated = statedRequirements(recommendation, given, custom);
  const unmet = unmetOf(recommendation, custom).map((item) => ({
    ...item,
    label: stated.find((requirement) => requirement.question === item.question)?.label ?? item.label,
  }));
  const name = first?.name ?? recommendation.recommended;
  const met = stated.length - unmet.length;
  const line =
    stated.length === 0
      ? "You stated no hard requirement (where it runs, availability, scaling, needs): the ranking rests on size and effort."
      : unmet.length === 0
        ? stated.length === 1
          ? `${name} meets your one stated requirement (${stated[0]?.label}).`
          : `${name} meets all ${stated.length} of your stated requirements (${stated.map((item) => item.label).join("; ")}).`
        : `${name} meets ${met} of your ${plural(stated.length, "stated requirement")}; not: ${unmet.map((item) => `${item.label} (${(item.text ?? "").replace(/\.$/, "")})`).join("; ")}.`;
  return {
    level: certainty.level,
    headline: CERTAINTY_WORDS[certainty.level],
    text: certainty.text,
    ...(second?.eligible && gap !== undefined
      ? {
          runnerUp: {
            platform: second.platform,
            name: second.name,
            score: shown(second.score),
            gap,
            line:
              gap === 0
                ? `Runner-up: ${second.name}, score ${formatPoints(second.score)}, the same score to one decimal (the points behind the scores put it second).`
                : `Runner-up: ${second.name}, score ${formatPoints(second.score)}, ${formatPoints(gap)} below ${formatPoints(first?.score ?? 0)}.`,
          },
        }
      : {}),
    requirements: { stated, unmet, line },
  };
};
