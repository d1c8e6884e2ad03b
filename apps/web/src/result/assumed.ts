import type { Answers, Question, QuestionId, Recommendation } from "@platform-advisor/model";
import { visibleQuestions } from "../flow/path.ts";

export { assumedValue } from "@platform-advisor/model";

/** How every question on the path was settled: given, assumed (and counted), or filled in without bearing. */
export type Settled =
  | { kind: "given"; value: unknown }
  | { kind: "assumed"; value: unknown }
  | { kind: "default"; value: unknown }
  | { kind: "open" };

/**
 * How each question the team sees was settled. The recommendation counts as assumptions only the answers that
 * bear on its pick (hosts mean nothing under a serverless pick); another answer it filled in is a default, shown
 * with its value and never counted, so that "Based on 9 assumed answers" matches nine "(assumed)" chips.
 */
export const settledAnswers = (
  questions: readonly Question[],
  answers: Answers,
  recommendation: Recommendation | undefined,
): { question: Question; settled: Settled }[] =>
  visibleQuestions(questions, answers).map((question) => {
    const id: QuestionId = question.id;
    if (answers[id] !== undefined) return { question, settled: { kind: "given", value: answers[id] } };
    const assumption = recommendation?.assumptions.find((candidate) => candidate.question === id);
    if (assumption) return { question, settled: { kind: "assumed", value: assumption.value } };
    const resolved = recommendation?.answers[id];
    return { question, settled: resolved === undefined ? { kind: "open" } : { kind: "default", value: resolved } };
  });
