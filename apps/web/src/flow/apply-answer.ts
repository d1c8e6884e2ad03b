import type { Answers, Question, QuestionId } from "@platform-advisor/model";
import { pruneToPath, visibleQuestions } from "./path.ts";

/** Answers plus the questions answered "I don't know" and the numbers a range's quick pick estimated. */
export interface AnswerSet {
  answers: Answers;
  unknown: QuestionId[];
  estimated?: QuestionId[];
}

const onPath = (questions: readonly Question[], set: AnswerSet): AnswerSet => {
  const answers = pruneToPath(questions, set.answers);
  const visible = new Set(visibleQuestions(questions, answers).map((question) => question.id));
  const estimated = (set.estimated ?? []).filter((id) => visible.has(id) && typeof answers[id] === "number");
  return {
    answers,
    unknown: set.unknown.filter((id) => visible.has(id) && answers[id] === undefined),
    ...(estimated.length > 0 ? { estimated } : {}),
  };
};

/**
 * Records one answer (undefined to clear it; `unknown` for "I don't know") and
 * drops whatever the new path no longer asks.
 */
export const applyAnswer = (
  questions: readonly Question[],
  set: AnswerSet,
  question: QuestionId,
  answer: { value: unknown; unknown: boolean; estimated?: boolean },
): AnswerSet => {
  const answers: Record<string, unknown> = { ...set.answers };
  if (answer.value === undefined) delete answers[question];
  else answers[question] = answer.value;
  const unknown = set.unknown.filter((id) => id !== question);
  if (answer.unknown) unknown.push(question);
  const estimated = (set.estimated ?? []).filter((id) => id !== question);
  if (answer.estimated && answer.value !== undefined) estimated.push(question);
  return onPath(questions, { answers: answers as Answers, unknown, estimated });
};

/** Applies a what-if change: its answers replace the current ones. */
export const applyChange = (questions: readonly Question[], set: AnswerSet, change: Answers): AnswerSet => {
  const changed = Object.keys(change);
  return onPath(questions, {
    answers: { ...set.answers, ...change },
    unknown: set.unknown.filter((id) => !changed.includes(id)),
    estimated: (set.estimated ?? []).filter((id) => !changed.includes(id)),
  });
};
