import { CATALOGUE, QUESTIONNAIRE, type Question } from "@platform-advisor/model";
import type { Io } from "../io.ts";
import { table } from "../table.ts";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What a question accepts, in the answers file's own terms. */
const accepts = (question: Question): string => {
  if (question.type === "number")
    return `${question.min ?? ""}..${question.max ?? ""}${question.unit ? ` ${question.unit}` : ""}`;
  if (question.type === "boolean") return "true | false";
  const values = (question.options ?? []).map((option) => String(option.value)).join(", ");
  return question.type === "multiple" ? `[${values}]` : values;
};

/** questions: the questionnaire, one row per answers field. */
export const questionsCommand = (options: { json?: boolean }, io: Io) => {
  io.stdout.write(
    options.json
      ? json(QUESTIONNAIRE)
      : table(
          ["FIELD", "QUESTION", "ACCEPTS"],
          QUESTIONNAIRE.map((question) => [question.id, question.prompt, accepts(question)]),
        ),
  );
};

/** platforms: the catalogue, one row per platform. */
export const platformsCommand = (options: { json?: boolean }, io: Io) => {
  io.stdout.write(
    options.json
      ? json(CATALOGUE)
      : table(
          ["ID", "NAME", "COMPLEXITY", "CAPABILITY", "SCOPE", "STATUS"],
          CATALOGUE.map((platform) => [
            platform.id,
            platform.name,
            String(platform.complexity.value),
            String(platform.capability.value),
            platform.scope.value,
            platform.status,
          ]),
        ),
  );
};
