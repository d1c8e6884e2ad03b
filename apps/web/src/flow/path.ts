import { type Answers, isShown, pruneToPath, type Question, type QuestionId } from "@platform-advisor/model";

export { pruneToPath };

/** The questions to ask for these answers, in order. */
export const visibleQuestions = (questions: readonly Question[], answers: Answers): Question[] => {
  const onPath = pruneToPath(questions, answers);
  return questions.filter((question) => isShown(question, onPath));
};

export interface StepPosition {
  /** 1-based number of the current step among the visible ones. */
  number: number;
  total: number;
  previous: QuestionId | undefined;
  next: QuestionId | undefined;
}

/**
 * Where a step sits on the current path. A step that the answers hide (it was
 * shown when the walk reached it) counts from the visible step before it.
 */
export const stepPosition = (questions: readonly Question[], answers: Answers, current: QuestionId): StepPosition => {
  const visible = visibleQuestions(questions, answers);
  const order = questions.findIndex((question) => question.id === current);
  const before = visible.filter((question) => questions.indexOf(question) < order);
  const after = visible.filter((question) => questions.indexOf(question) > order);
  const shown = visible.some((question) => question.id === current);
  return {
    number: before.length + 1,
    total: visible.length + (shown ? 0 : 1),
    previous: before.at(-1)?.id,
    next: after[0]?.id,
  };
};
