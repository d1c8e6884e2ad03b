import { type CustomQuestion, catalogueOf, QUESTIONNAIRE, type Question } from "@platform-advisor/model";
import type { Io } from "../io.ts";
import { loadProfile } from "../profile.ts";
import { table } from "../table.ts";

/** The options of `questions` and `platforms`: JSON instead of a table, and the organisation profile to apply. */
export type CatalogueOptions = { json?: boolean; profile?: string };

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What a question accepts, in the answers file's own terms. */
const accepts = (question: Question | CustomQuestion): string => {
  if (question.type === "number")
    return `${question.min ?? ""}..${question.max ?? ""}${question.unit ? ` ${question.unit}` : ""}`;
  if (question.type === "boolean") return "true | false";
  const values = (question.options ?? []).map((option) => String(option.value)).join(", ");
  return question.type === "multiple" ? `[${values}]` : values;
};

/** The catalogue the options ask for: the built-in one, or the profile's (its own questions and platforms added). */
const catalogueFor = async (options: CatalogueOptions, io: Io) =>
  catalogueOf(options.profile === undefined ? undefined : await loadProfile(options.profile, io.cwd));

/**
 * questions: the questionnaire, one row per answers field; a profile's own questions follow as `custom.<id>`.
 * With --profile, --json gives what GET /api/v1/questions gives: `{ questions, customQuestions }`.
 */
export const questionsCommand = async (options: CatalogueOptions, io: Io) => {
  const { questions: custom } = await catalogueFor(options, io);
  if (options.json) {
    io.stdout.write(
      json(options.profile === undefined ? QUESTIONNAIRE : { questions: QUESTIONNAIRE, customQuestions: custom }),
    );
    return;
  }
  io.stdout.write(
    table(
      ["FIELD", "QUESTION", "ACCEPTS"],
      [
        ...QUESTIONNAIRE.map((question) => [question.id, question.prompt, accepts(question)]),
        ...custom.map((question) => [`custom.${question.id}`, question.prompt, accepts(question)]),
      ],
    ),
  );
};

/** platforms: the catalogue, one row per platform; a profile's own platforms (org-) follow the built-in ones. */
export const platformsCommand = async (options: CatalogueOptions, io: Io) => {
  const { platforms } = await catalogueFor(options, io);
  io.stdout.write(
    options.json
      ? json(platforms)
      : table(
          ["ID", "NAME", "COMPLEXITY", "CAPABILITY", "SCOPE", "STATUS"],
          platforms.map((platform) => [
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
