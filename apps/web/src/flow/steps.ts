import type { Answers, CustomQuestion, Question, QuestionId } from "@platform-advisor/model";

/*
 * The walk asks the built-in questions, then the organisation profile's own (contract v3). A custom question's step
 * is named by the path of its answer, `custom.<id>`: the same name the API uses for its errors and requirements, and
 * one no built-in question can take (their ids have no dot).
 */

export type CustomStepId = `custom.${string}`;
export type StepId = QuestionId | CustomStepId;

const PREFIX = "custom.";

export const customStepId = (id: string): CustomStepId => `${PREFIX}${id}`;
export const isCustomStep = (id: string): id is CustomStepId => id.startsWith(PREFIX);
/** The custom question's own id: "custom.cardholder-data" gives "cardholder-data". */
export const customIdOf = (step: CustomStepId): string => step.slice(PREFIX.length);

/** What a step draws and checks: a built-in question, or an organisation's own in the same shape. */
export type StepQuestion = Pick<Question, "prompt" | "type" | "options" | "presets" | "min" | "max" | "unit"> & {
  id: StepId;
  help?: string;
  /** Why a built-in question matters; an organisation's own says who asks instead. */
  why?: Question["why"];
  /** Set on an organisation's own question. */
  custom?: true;
};

/** A custom question as a step. Several answers need at least one tick, as a built-in list does, or "I don't know". */
export const customStep = (question: CustomQuestion): StepQuestion => ({
  id: customStepId(question.id),
  prompt: question.prompt,
  ...(question.help ? { help: question.help } : {}),
  type: question.type,
  options: question.options.map((option) => ({
    value: option.value,
    label: option.label,
    ...(option.help ? { help: option.help } : {}),
  })),
  ...(question.type === "multiple" ? { min: 1 } : {}),
  custom: true,
});

/** Every step there can be, in the order they are asked: built-in questions, then the organisation's own. */
export const allSteps = (questions: readonly Question[], custom: readonly CustomQuestion[]): StepQuestion[] => [
  ...questions,
  ...custom.map(customStep),
];

/** A step's answer, wherever it is kept. */
export const stepValue = (answers: Answers, id: StepId): unknown =>
  isCustomStep(id) ? answers.custom?.[customIdOf(id)] : answers[id];

/** The answers with one step's answer set (or cleared, with undefined); an empty `custom` is left out. */
export const withStepValue = (answers: Answers, id: StepId, value: unknown): Answers => {
  if (!isCustomStep(id)) {
    const next: Record<string, unknown> = { ...answers };
    if (value === undefined) delete next[id];
    else next[id] = value;
    return next as Answers;
  }
  const { custom = {}, ...rest } = answers;
  const { [customIdOf(id)]: _, ...others } = custom;
  const next = value === undefined ? others : { ...others, [customIdOf(id)]: value as string | string[] };
  return Object.keys(next).length > 0 ? { ...rest, custom: next } : rest;
};
