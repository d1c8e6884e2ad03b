import { Answers, AnyPlatformId, Recommendation } from "@platform-advisor/model";
import { z } from "zod";
import type { ReportData } from "./report-data.ts";

export const ChartPointSchema = z
  .object({
    platform: AnyPlatformId,
    name: z.string(),
    rank: z.int().min(1),
    complexity: z.number().min(0).max(10),
    capability: z.number().min(0).max(10),
    eligible: z.boolean(),
    recommended: z.boolean(),
  })
  .meta({ id: "ChartPoint" });

export const CustomAnswerSchema = z
  .object({
    question: z.string().describe("Where the answer sits: `custom.<id>`."),
    prompt: z.string().describe("The organisation profile's question."),
    values: z.array(z.string()).describe("The chosen options' values, as given."),
    labels: z.array(z.string()).describe("The chosen options' labels, in the same order."),
  })
  .meta({ id: "CustomAnswer" });

export const CitedSourceSchema = z
  .object({
    title: z.string(),
    url: z
      .string()
      .optional()
      .describe("Where it can be read: a vendor page, the app's source page, an intranet page."),
    sections: z.array(z.string()).describe("The sections cited, in order."),
  })
  .meta({ id: "CitedSource" });

/** The JSON report: the recommendation with what the other formats add (title, date, the answers given, the chart). */
export const ReportDocument = z
  .object({
    title: z.string(),
    generatedAt: z.iso.datetime().describe("When the report was made (UTC)."),
    rulesetVersion: z.string(),
    answersGiven: Answers.describe("The answers as the team gave them, before assumptions."),
    recommendation: Recommendation,
    chart: z.array(ChartPointSchema).describe("Complexity versus capability of every platform, in ranking order."),
    customAnswers: z
      .array(CustomAnswerSchema)
      .describe("The answers to the organisation profile's own questions, by prompt and option label."),
    sources: z
      .array(CitedSourceSchema)
      .describe("Every document the report cites, once, with its link; an organisation's own platform's sources too."),
  })
  .meta({ id: "Report" });
export type ReportDocument = z.infer<typeof ReportDocument>;

/** The JSON report of a recommendation. */
export const reportDocument = (report: ReportData, recommendation: Recommendation, given: Answers): ReportDocument => ({
  title: report.title,
  generatedAt: report.generatedAt,
  rulesetVersion: report.rulesetVersion,
  answersGiven: given,
  recommendation,
  chart: report.chart,
  customAnswers: report.customAnswers,
  sources: report.sources,
});
