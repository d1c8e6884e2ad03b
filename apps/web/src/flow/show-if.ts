import type { Answers, Question, ShowIf } from "@platform-advisor/model";

/*
 * The same rule as the model's `isShown`. It lives here because importing any
 * value from the model's entry pulls zod and the catalogue (about 32 kB gzip)
 * into the first load; show-if.test.ts keeps the two in step.
 */

const holds = (condition: ShowIf, answers: Answers): boolean => {
  const answer = answers[condition.question];
  if (answer === undefined) return true;
  if (condition.notEquals !== undefined && answer === condition.notEquals) return false;
  if (condition.includesAny && Array.isArray(answer)) {
    if (!answer.some((value) => condition.includesAny?.includes(value))) return false;
  }
  if (condition.atLeast !== undefined && typeof answer === "number" && answer < condition.atLeast) return false;
  return true;
};

/** Whether a question matters on the path the answers so far describe (an unanswered question hides nothing). */
export const isShown = (question: Question, answers: Answers): boolean =>
  question.showIf.every((condition) => holds(condition, answers));
