import type { Answers, CustomQuestion, Question, QuestionId } from "@platform-advisor/model";
import { allSteps, type StepId, type StepQuestion, stepValue, withStepValue } from "./steps.ts";

export type View = "questions" | "result";

/** Everything the address bar holds: a reload or a shared link restores it. */
export interface UrlState {
  view: View;
  /** The question on screen; the first visible one when absent. */
  step: StepId | undefined;
  answers: Answers;
  /** Questions answered "I don't know": left out of `answers`, remembered so the choice shows again. */
  unknown: StepId[];
  /** Numbers a range's quick pick set ("11-1000" gives 50): the result says they are estimates. */
  estimated?: QuestionId[];
  /** Set when a step was opened from the result page to change one answer. */
  editing: boolean;
}

/** A value in the address that is not a valid answer: kept, so it can be shown and fixed. */
export interface UrlIssue {
  question: StepId;
  raw: string;
  message: string;
}

const RESERVED = { view: "view", step: "step", unknown: "unknown", estimated: "estimated", editing: "edit" } as const;

const encodeValue = (value: unknown): string => (Array.isArray(value) ? value.join(",") : String(value));

/**
 * The query string (without "?") for a state; the questions fix the order of the parameters. An organisation's own
 * question is a parameter named by its answer's path, `custom.<id>`, after the built-in ones.
 */
export const encodeUrlState = (
  questions: readonly Question[],
  state: UrlState,
  custom: readonly CustomQuestion[] = [],
): string => {
  const steps = allSteps(questions, custom);
  const params = new URLSearchParams();
  if (state.view === "result") params.set(RESERVED.view, "result");
  if (state.step !== undefined) params.set(RESERVED.step, state.step);
  if (state.editing) params.set(RESERVED.editing, "1");
  for (const step of steps) {
    const value = stepValue(state.answers, step.id);
    if (value !== undefined) params.set(step.id, encodeValue(value));
  }
  const unknown = steps.filter((step) => state.unknown.includes(step.id)).map((step) => step.id);
  if (unknown.length > 0) params.set(RESERVED.unknown, unknown.join(","));
  const estimated = questions
    .filter((question) => state.estimated?.includes(question.id) && state.answers[question.id] !== undefined)
    .map((question) => question.id);
  if (estimated.length > 0) params.set(RESERVED.estimated, estimated.join(","));
  return params.toString();
};

type Decoded = { value: unknown } | { message: string };

const decodeOption = (question: StepQuestion, raw: string): Decoded => {
  const option = question.options?.find((candidate) => String(candidate.value) === raw);
  return option ? { value: option.value } : { message: `"${raw}" is not one of the choices.` };
};

const decodeValue = (question: StepQuestion, raw: string): Decoded => {
  switch (question.type) {
    case "number":
      return /^\d+$/.test(raw) ? { value: Number(raw) } : { message: `"${raw}" is not a whole number.` };
    case "multiple": {
      const values: unknown[] = [];
      for (const part of raw === "" ? [] : raw.split(",")) {
        const decoded = decodeOption(question, part);
        if ("message" in decoded) return decoded;
        values.push(decoded.value);
      }
      return { value: [...new Set(values)] };
    }
    default:
      return decodeOption(question, raw);
  }
};

/** The view a query string asks for, readable before the questions have loaded. */
export const viewOf = (search: string): View =>
  new URLSearchParams(search).get(RESERVED.view) === "result" ? "result" : "questions";

/**
 * Reads the state from a query string. Values that are not valid answers are
 * left out of `answers` and reported as issues, never thrown.
 */
export const decodeUrlState = (
  questions: readonly Question[],
  search: string,
  custom: readonly CustomQuestion[] = [],
): { state: UrlState; issues: UrlIssue[] } => {
  const params = new URLSearchParams(search);
  const steps = allSteps(questions, custom);
  const ids = new Set<string>(steps.map((step) => step.id));
  const isStepId = (id: string | null): id is StepId => id !== null && ids.has(id);
  const builtIn = new Set<string>(questions.map((question) => question.id));
  const isQuestionId = (id: string): id is QuestionId => builtIn.has(id);
  let answers: Answers = {};
  const issues: UrlIssue[] = [];
  for (const step of steps) {
    const raw = params.get(step.id);
    if (raw === null) continue;
    const decoded = decodeValue(step, raw);
    if ("message" in decoded) issues.push({ question: step.id, raw, message: decoded.message });
    else answers = withStepValue(answers, step.id, decoded.value);
  }
  const step = params.get(RESERVED.step);
  const unknown = (params.get(RESERVED.unknown) ?? "")
    .split(",")
    .filter((id): id is StepId => isStepId(id) && stepValue(answers, id) === undefined);
  const estimated = (params.get(RESERVED.estimated) ?? "")
    .split(",")
    .filter((id): id is QuestionId => isQuestionId(id) && typeof answers[id] === "number");
  return {
    state: {
      ...(estimated.length > 0 ? { estimated } : {}),
      view: viewOf(search),
      step: isStepId(step) ? step : undefined,
      answers,
      unknown,
      editing: params.get(RESERVED.editing) === "1",
    },
    issues,
  };
};
