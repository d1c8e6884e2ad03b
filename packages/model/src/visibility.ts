import type { Answers } from "./answers.ts";
import type { Question, ShowIf } from "./question.ts";

const holds = (condition: ShowIf, answers: Answers): boolean => {
  const answer = answers[condition.question];
  if (answer === undefined) return true;
  if (condition.notEquals !== undefined && answer === condition.notEquals) return false;
  const wanted = condition.includesAny;
  if (wanted && Array.isArray(answer)) {
    // A plain loop: a closure here was most of what pruning allocated.
    let any = false;
    for (let k = 0; k < answer.length && !any; k++) {
      const item = answer[k];
      any = item !== undefined && wanted.includes(item);
    }
    if (!any) return false;
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
