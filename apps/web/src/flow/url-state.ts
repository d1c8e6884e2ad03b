import type { Answers, Question, QuestionId } from "@platform-advisor/model";

export type View = "questions" | "result";

/** Everything the address bar holds: a reload or a shared link restores it. */
export interface UrlState {
  view: View;
  /** The question on screen; the first visible one when absent. */
  step: QuestionId | undefined;
  answers: Answers;
  /** Questions answered "I don't know": left out of `answers`, remembered so the choice shows again. */
  unknown: QuestionId[];
  /** Numbers a range's quick pick set ("11-1000" gives 50): the result says they are estimates. */
  estimated?: QuestionId[];
  /** Set when a step was opened from the result page to change one answer. */
  editing: boolean;
}

/** A value in the address that is not a valid answer: kept, so it can be shown and fixed. */
export interface UrlIssue {
  question: QuestionId;
  raw: string;
  message: string;
}

const RESERVED = { view: "view", step: "step", unknown: "unknown", estimated: "estimated", editing: "edit" } as const;

const encodeValue = (value: unknown): string => (Array.isArray(value) ? value.join(",") : String(value));

/** The query string (without "?") for a state; questions fix the order of the parameters. */
export const encodeUrlState = (questions: readonly Question[], state: UrlState): string => {
  const params = new URLSearchParams();
  if (state.view === "result") params.set(RESERVED.view, "result");
  if (state.step !== undefined) params.set(RESERVED.step, state.step);
  if (state.editing) params.set(RESERVED.editing, "1");
  for (const question of questions) {
    const value = state.answers[question.id];
    if (value !== undefined) params.set(question.id, encodeValue(value));
  }
  const unknown = questions.filter((question) => state.unknown.includes(question.id)).map((question) => question.id);
  if (unknown.length > 0) params.set(RESERVED.unknown, unknown.join(","));
  const estimated = questions
    .filter((question) => state.estimated?.includes(question.id) && state.answers[question.id] !== undefined)
    .map((question) => question.id);
  if (estimated.length > 0) params.set(RESERVED.estimated, estimated.join(","));
  return params.toString();
};

type Decoded = { value: unknown } | { message: string };

const decodeOption = (question: Question, raw: string): Decoded => {
  const option = question.options?.find((candidate) => String(candidate.value) === raw);
  return option ? { value: option.value } : { message: `"${raw}" is not one of the choices.` };
};

const decodeValue = (question: Question, raw: string): Decoded => {
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
): { state: UrlState; issues: UrlIssue[] } => {
  const params = new URLSearchParams(search);
  const ids = new Set<string>(questions.map((question) => question.id));
  const isQuestionId = (id: string | null): id is QuestionId => id !== null && ids.has(id);
  const answers: Record<string, unknown> = {};
  const issues: UrlIssue[] = [];
  for (const question of questions) {
    const raw = params.get(question.id);
    if (raw === null) continue;
    const decoded = decodeValue(question, raw);
    if ("message" in decoded) issues.push({ question: question.id, raw, message: decoded.message });
    else answers[question.id] = decoded.value;
  }
  const step = params.get(RESERVED.step);
  const unknown = (params.get(RESERVED.unknown) ?? "")
    .split(",")
    .filter((id): id is QuestionId => isQuestionId(id) && answers[id] === undefined);
  const estimated = (params.get(RESERVED.estimated) ?? "")
    .split(",")
    .filter((id): id is QuestionId => isQuestionId(id) && typeof answers[id] === "number");
  return {
    state: {
      ...(estimated.length > 0 ? { estimated } : {}),
      view: viewOf(search),
      step: isQuestionId(step) ? step : undefined,
      answers: answers as Answers,
      unknown,
      editing: params.get(RESERVED.editing) === "1",
    },
    issues,
  };
};
