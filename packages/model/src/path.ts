import type { Answers, QuestionId } from "./answers.ts";
import type { Question, ShowIf } from "./question.ts";
import { QUESTIONNAIRE } from "./questionnaire.ts";
import type { IgnoredAnswer } from "./recommendation.ts";
import { isShown } from "./visibility.ts";

/**
 * The answers that matter on the path they describe: an answer to a question that earlier answers hide is
 * dropped, so it can neither steer the decision nor linger in a shared link. The web and `recommend()` both
 * walk the path with this function, so they can never disagree on what was asked.
 */
export const pruneToPath = (questions: readonly Question[], answers: Answers): Answers => {
  const kept: Record<string, unknown> = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (value !== undefined && isShown(question, kept as Answers)) kept[question.id] = value;
  }
  return kept as Answers;
};

/** The questions that can be hidden, in questionnaire order, each checked to depend only on earlier questions. */
const CONDITIONAL = QUESTIONNAIRE.filter((question, index) => {
  for (const condition of question.showIf) {
    if (QUESTIONNAIRE.findIndex((q) => q.id === condition.question) >= index) {
      throw new Error(`path.ts: ${question.id} depends on ${condition.question}, which is not asked before it`);
    }
  }
  return question.showIf.length > 0;
});

/**
 * `pruneToPath` over the questionnaire for searches that ask thousands of times: the same answers kept, as one
 * object with every question's key (undefined where unanswered or hidden), so that every result has one shape.
 * Hiding a question in order is enough because a question depends only on questions asked before it.
 */
export const pruneShaped = (answers: Answers): Answers => {
  const kept: Record<keyof Answers, unknown> = {
    environment: answers.environment,
    teamSize: answers.teamSize,
    containerCount: answers.containerCount,
    hosting: answers.hosting,
    edgeFootprint: answers.edgeFootprint,
    management: answers.management,
    hostCount: answers.hostCount,
    highAvailability: answers.highAvailability,
    scaling: answers.scaling,
    zeroDowntimeDeploys: answers.zeroDowntimeDeploys,
    experience: answers.experience,
    workloads: answers.workloads,
    traffic: answers.traffic,
    needs: answers.needs,
    currentPlatform: answers.currentPlatform,
    custom: answers.custom,
  };
  for (const question of CONDITIONAL) {
    if (kept[question.id] !== undefined && !isShown(question, kept as Answers)) kept[question.id] = undefined;
  }
  return kept as Answers;
};

const optionLabel = (question: QuestionId, value: unknown): string => {
  const entry = QUESTIONNAIRE.find((q) => q.id === question);
  return String(entry?.options?.find((option) => option.value === value)?.label ?? value);
};

/** Why a condition hides its question, in words: "the deployment is for Local development". */
const hiddenBecause = (condition: ShowIf): string => {
  const prompt = QUESTIONNAIRE.find((q) => q.id === condition.question)?.prompt ?? condition.question;
  if (condition.notEquals !== undefined) {
    return `the answer to "${prompt}" is "${optionLabel(condition.question, condition.notEquals)}"`;
  }
  if (condition.includesAny) {
    const labels = condition.includesAny.map((value) => optionLabel(condition.question, value));
    return `the answer to "${prompt}" names none of ${labels.join(", ")}`;
  }
  return `the answer to "${prompt}" is below ${condition.atLeast}`;
};

/**
 * Splits answers into those the questionnaire asks on their path and those it would not ask, each ignored
 * answer with the reason in words.
 */
export const pruneAnswers = (
  answers: Answers,
  questions: readonly Question[] = QUESTIONNAIRE,
): { asked: Answers; ignored: IgnoredAnswer[] } => {
  const asked = pruneToPath(questions, answers);
  const ignored: IgnoredAnswer[] = [];
  for (const question of questions) {
    if (answers[question.id] === undefined || asked[question.id] !== undefined) continue;
    const hiding = question.showIf.find((condition) => !isShown({ ...question, showIf: [condition] }, asked));
    const because = hiding ? hiddenBecause(hiding) : "an earlier answer hides it";
    ignored.push({
      question: question.id,
      text: `"${question.prompt}" is not asked when ${because}, so this answer was not used.`,
    });
  }
  return { asked, ignored };
};
