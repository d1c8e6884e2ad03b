import { z } from "zod";
import { QUESTION_IDS } from "./answers.ts";

const QuestionIdSchema = z.enum(QUESTION_IDS);

/** A condition on an earlier answer; a question is shown when all of its conditions hold. */
export const ShowIf = z
  .object({
    question: QuestionIdSchema,
    notEquals: z.union([z.string(), z.boolean()]).optional().describe("Shown unless the answer is this value."),
    includesAny: z.array(z.string()).optional().describe("Shown when the list answer contains one of these."),
    atLeast: z.number().optional().describe("Shown when the number answer is at least this."),
  })
  .meta({ id: "ShowIf", description: "An unanswered question never hides another: what is unknown is asked." });
export type ShowIf = z.infer<typeof ShowIf>;

export const QuestionOption = z.object({
  value: z.union([z.string(), z.boolean()]),
  label: z.string(),
  help: z.string().optional(),
});
export type QuestionOption = z.infer<typeof QuestionOption>;

export const Preset = z.object({ label: z.string(), value: z.int() });

export const Question = z
  .object({
    id: QuestionIdSchema,
    prompt: z.string(),
    help: z.string(),
    why: z.object({ text: z.string(), source: z.string() }),
    type: z.enum(["single", "multiple", "number", "boolean"]),
    options: z.array(QuestionOption).optional(),
    presets: z.array(Preset).optional(),
    min: z.int().optional(),
    max: z.int().optional(),
    unit: z.string().optional(),
    showIf: z.array(ShowIf),
  })
  .meta({ id: "Question" });
export type Question = z.infer<typeof Question>;
