import { type Answers, type Catalogue, type CustomQuestion, customValues } from "@platform-advisor/model";

/** An answer to one of the organisation's own questions, as a reader sees it: the prompt and the options' labels. */
export type CustomAnswer = {
  /** Where the answer sits in the answers: `custom.<id>`. */
  question: `custom.${string}`;
  prompt: string;
  /** The chosen options' values, as given. */
  values: string[];
  /** The chosen options' labels, in the same order; a value the profile does not define keeps its own words. */
  labels: string[];
};

const labelOf = (question: CustomQuestion | undefined, value: string): string =>
  question?.options.find((option) => option.value === value)?.label ?? value;

/**
 * The custom answers given, the profile's questions first in its order, then any id it does not define (a report
 * rendered without the profile the answers were made for still shows what was answered, in raw words).
 */
export const customAnswers = (given: Answers, catalogue: Catalogue): CustomAnswer[] => {
  const answers = given.custom ?? {};
  const known = catalogue.questions.filter((question) => answers[question.id] !== undefined);
  const unknown = Object.keys(answers).filter((id) => !catalogue.questions.some((question) => question.id === id));
  return [
    ...known.map((question) => ({ id: question.id, question })),
    ...unknown.map((id) => ({ id, question: undefined })),
  ].map(({ id, question }) => {
    const values = customValues(answers[id]);
    return {
      question: `custom.${id}` as const,
      prompt: question?.prompt ?? id,
      values,
      labels: values.map((value) => labelOf(question, value)),
    };
  });
};

/** The capabilities the chosen options make requirements (built-in or the profile's own), each once. */
export const customRequirements = (answers: Answers, catalogue: Catalogue): string[] => {
  const required = catalogue.questions.flatMap((question) =>
    customValues(answers.custom?.[question.id]).flatMap(
      (value) => question.options.find((option) => option.value === value)?.requires ?? [],
    ),
  );
  return [...new Set(required)];
};
