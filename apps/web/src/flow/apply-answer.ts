import type { Answers, CustomQuestion, Question, QuestionId } from "@platform-advisor/model";
import { pruneToPath, visibleSteps } from "./path.ts";
import { customStepId, isCustomStep, type StepId, stepValue, withStepValue } from "./steps.ts";

/** Answers plus the questions answered "I don't know" and the numbers a range's quick pick estimated. */
export interface AnswerSet {
  answers: Answers;
  unknown: StepId[];
  estimated?: QuestionId[];
}

const onPath = (questions: readonly Question[], set: AnswerSet, custom: readonly CustomQuestion[]): AnswerSet => {
  const answers = pruneToPath(questions, set.answers);
  const visible = new Set<string>(visibleSteps(questions, answers, custom).map((step) => step.id));
  const estimated = (set.estimated ?? []).filter((id) => visible.has(id) && typeof answers[id] === "number");
  return {
    answers,
    unknown: set.unknown.filter((id) => visible.has(id) && stepValue(answers, id) === undefined),
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
  question: StepId,
  answer: { value: unknown; unknown: boolean; estimated?: boolean },
  custom: readonly CustomQuestion[] = [],
): AnswerSet => {
  const answers = withStepValue(set.answers, question, answer.value);
  const unknown = set.unknown.filter((id) => id !== question);
  if (answer.unknown) unknown.push(question);
  const estimated = (set.estimated ?? []).filter((id) => id !== question);
  if (answer.estimated && answer.value !== undefined && !isCustomStep(question)) estimated.push(question);
  return onPath(questions, { answers, unknown, estimated }, custom);
};

/** Applies a what-if change: its answers replace the current ones, an organisation's own one by one. */
export const applyChange = (
  questions: readonly Question[],
  set: AnswerSet,
  change: Answers,
  custom: readonly CustomQuestion[] = [],
): AnswerSet => {
  const { custom: own, ...builtIn } = change;
  const changed = new Set<string>([...Object.keys(builtIn), ...Object.keys(own ?? {}).map(customStepId)]);
  return onPath(
    questions,
    {
      answers: {
        ...set.answers,
        ...change,
        ...(own ? { custom: { ...set.answers.custom, ...own } } : {}),
      },
      unknown: set.unknown.filter((id) => !changed.has(id)),
      estimated: (set.estimated ?? []).filter((id) => !changed.has(id)),
    },
    custom,
  );
};
