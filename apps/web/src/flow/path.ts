import {
  type Answers,
  type CustomQuestion,
  isShown,
  pruneToPath as pruneBuiltIn,
  type Question,
} from "@platform-advisor/model";
import { allSteps, customStep, type StepId, type StepQuestion } from "./steps.ts";

/**
 * The answers that matter on the path they describe (the model's walk), with the organisation's own answers kept:
 * its questions are always asked, and the model's walk knows only the built-in ones.
 */
export const pruneToPath = (questions: readonly Question[], answers: Answers): Answers => {
  const kept = pruneBuiltIn(questions, answers);
  return answers.custom ? { ...kept, custom: answers.custom } : kept;
};

/** The built-in questions to ask for these answers, in order. */
export const visibleQuestions = (questions: readonly Question[], answers: Answers): Question[] => {
  const onPath = pruneToPath(questions, answers);
  return questions.filter((question) => isShown(question, onPath));
};

/** Every step to take for these answers, in order: the built-in questions on the path, then the organisation's own. */
export const visibleSteps = (
  questions: readonly Question[],
  answers: Answers,
  custom: readonly CustomQuestion[] = [],
): StepQuestion[] => [...visibleQuestions(questions, answers), ...custom.map(customStep)];

export interface StepPosition {
  /** 1-based number of the current step among the visible ones. */
  number: number;
  total: number;
  previous: StepId | undefined;
  next: StepId | undefined;
}

/**
 * Where a step sits on the current path. A step that the answers hide (it was
 * shown when the walk reached it) counts from the visible step before it.
 */
export const stepPosition = (
  questions: readonly Question[],
  answers: Answers,
  current: StepId,
  custom: readonly CustomQuestion[] = [],
): StepPosition => {
  const order = allSteps(questions, custom).map((step) => step.id);
  const visible = visibleSteps(questions, answers, custom).map((step) => step.id);
  const at = order.indexOf(current);
  const before = visible.filter((id) => order.indexOf(id) < at);
  const after = visible.filter((id) => order.indexOf(id) > at);
  const shown = visible.includes(current);
  return {
    number: before.length + 1,
    total: visible.length + (shown ? 0 : 1),
    previous: before.at(-1),
    next: after[0],
  };
};
