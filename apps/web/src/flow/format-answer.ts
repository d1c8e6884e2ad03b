import { formatAnswerOf, type Question } from "@platform-advisor/model";

/** An answer as a person reads it: the shared formatter, with the questions fetched from the API. */
export const formatAnswer = (question: Question, value: unknown): string => formatAnswerOf(question, value);
