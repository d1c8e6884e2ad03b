import {
  type Answers,
  type CustomQuestion,
  formatAnswerOf,
  formatChangeShortOf,
  type Question,
} from "@platform-advisor/model";

/** An answer as a person reads it: the shared formatter, with the questions fetched from the API. */
export const formatAnswer = (question: Question, value: unknown): string => formatAnswerOf(question, value);

/** An answer to an organisation's own question, by its options' labels (a value the profile dropped as it is). */
export const formatCustomAnswer = (question: CustomQuestion, value: unknown): string => {
  if (value === undefined) return "not answered";
  const label = (item: unknown) => question.options.find((option) => option.value === item)?.label ?? String(item);
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(label).join(", ");
  return label(value);
};

/** A change of answers in the fewest words ("120 containers"), an organisation's own by their prompts and labels. */
export const formatChange = (
  questions: readonly Question[],
  customQuestions: readonly CustomQuestion[],
  change: Answers,
): string => {
  const { custom = {}, ...builtIn } = change;
  const own = Object.entries(custom).map(([id, value]) => {
    const question = customQuestions.find((candidate) => candidate.id === id);
    return question
      ? `${question.prompt.replace(/[?:]$/, "")}: ${formatCustomAnswer(question, value)}`
      : `${id}: ${formatCustomAnswer({ id, prompt: id, type: "single", options: [] }, value)}`;
  });
  return [...(Object.keys(builtIn).length > 0 ? [formatChangeShortOf(questions, builtIn)] : []), ...own].join(", ");
};
