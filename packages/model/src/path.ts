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
