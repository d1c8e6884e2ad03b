import type { StepQuestion } from "./steps.ts";

/** What a step holds when the person presses Next. */
export interface StepInput {
  value: unknown;
  unknown: boolean;
  /** The number field's text, as typed (number questions only). */
  text?: string;
}

const DONT_KNOW = "“I don't know”";

/** The message to show next to the field, or undefined when the step can be left. */
export const checkStep = (question: StepQuestion, input: StepInput): string | undefined => {
  if (input.unknown) return undefined;
  if (question.type === "number") {
    const text = (input.text ?? "").trim();
    if (text === "") return `Enter a number, pick a range, or choose ${DONT_KNOW}.`;
    if (!/^\d+$/.test(text)) return "Enter a whole number, like 12.";
    const value = Number(text);
    if (question.min !== undefined && value < question.min)
      return `Enter at least ${question.min.toLocaleString("en")}.`;
    if (question.max !== undefined && value > question.max)
      return `Enter at most ${question.max.toLocaleString("en")}.`;
    return undefined;
  }
  if (question.type === "multiple") {
    const count = Array.isArray(input.value) ? input.value.length : 0;
    const min = question.min ?? 0;
    return count < min ? `Tick at least ${min}, or choose ${DONT_KNOW}.` : undefined;
  }
  return input.value === undefined ? `Choose an answer, or ${DONT_KNOW}.` : undefined;
};
