import type { Answers } from "./answers.ts";
import type { Question, ShowIf } from "./question.ts";

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

/** Whether a question matters on the path the answers so far describe. */
export const isShown = (question: Question, answers: Answers): boolean => {
  // A plain loop: the leader search asks this thousands of times per recommendation.
  for (const condition of question.showIf) if (!holds(condition, answers)) return false;
  return true;
};
