/** An RFC 9457 problem, as the API sends it (application/problem+json). */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

export const isProblem = (body: unknown): body is Problem =>
  typeof body === "object" && body !== null && typeof (body as Problem).title === "string";

/**
 * Splits a problem's validation errors by question: "answers.teamSize" and
 * "answers.hosting.1" belong to their question, "answers.custom.cardholder-data"
 * to the organisation's question "custom.cardholder-data"; anything else is general.
 */
export const errorsByQuestion = <Id extends string>(
  problem: Problem,
  questionIds: readonly Id[],
): { fields: Partial<Record<Id, string>>; general: string[] } => {
  const fields: Partial<Record<Id, string>> = {};
  const general: string[] = [];
  for (const error of problem.errors ?? []) {
    const [root, id, customId] = error.path.split(".");
    const named = id === "custom" ? `custom.${customId}` : id;
    const question = questionIds.find((candidate) => candidate === named);
    if (root === "answers" && question) fields[question] = fields[question] ?? error.message;
    else general.push(error.path ? `${error.path}: ${error.message}` : error.message);
  }
  if (problem.errors === undefined || problem.errors.length === 0) general.push(problem.detail ?? problem.title);
  return { fields, general };
};
