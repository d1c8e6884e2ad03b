import { type Answers, QUESTIONNAIRE } from "@platform-advisor/model";

/**
 * The answers as the web app's query string ("teamSize=25&hosting=aws,gcp"),
 * in questionnaire order, so a report's link opens the same answers.
 */
export const answersQuery = (answers: Answers): string => {
  const params = new URLSearchParams();
  for (const question of QUESTIONNAIRE) {
    const value = answers[question.id];
    if (value !== undefined) params.set(question.id, Array.isArray(value) ? value.join(",") : String(value));
  }
  return params.toString();
};
