import type { CustomAnswers } from "./answers.ts";

/*
 * Small text and value helpers with no runtime imports: the web app's first load reaches them through the verdict
 * and the ruled-out table, and anything they import would come along into its entry chunk.
 */

/** A sentence's first letter in upper case ("acme has" -> "Acme has"). */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The values of one custom answer as a list: a single choice is one value, an unanswered question none. */
export const customValues = (answer: CustomAnswers[string] | undefined): string[] =>
  answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];
