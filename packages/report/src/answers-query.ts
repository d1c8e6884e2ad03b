import { type Answers, QUESTIONNAIRE } from "@platform-advisor/model";

/**
 * The answers as the web app's query string ("teamSize=25&hosting=aws,gcp"),
 * in questionnaire order, so a report's link opens the same answers. An answer
 * to an organisation's own question goes by its path in the answers
 * ("custom.cardholder-data=yes"), after the built-in ones.
 */
export const answersQuery = (answers: Answers): string => {
  const params = new URLSearchParams();
  const encode = (value: unknown) => (Array.isArray(value) ? value.join(",") : String(value));
  for (const question of QUESTIONNAIRE) {
    const value = answers[question.id];
    if (value !== undefined) params.set(question.id, encode(value));
  }
  for (const [id, value] of Object.entries(answers.custom ?? {})) params.set(`custom.${id}`, encode(value));
  return params.toString();
};
