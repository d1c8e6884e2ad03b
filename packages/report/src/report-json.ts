import { Answers, PlatformId, Recommendation } from "@platform-advisor/model";
import { z } from "zod";
import type { ReportData } from "./report-data.ts";

export const ChartPointSchema = z
  .object({
    platform: PlatformId,
    name: z.string(),
    rank: z.int().min(1),
    complexity: z.number().min(0).max(10),
    capability: z.number().min(0).max(10),
    eligible: z.boolean(),
    recommended: z.boolean(),
  })
  .meta({ id: "ChartPoint" });

/** The JSON report: the recommendation with what the other formats add (title, date, the answers given, the chart). */
export const ReportDocument = z
  .object({
    title: z.string(),
    generatedAt: z.iso.datetime().describe("When the report was made (UTC)."),
    rulesetVersion: z.string(),
    answersGiven: Answers.describe("The answers as the team gave them, before assumptions."),
    recommendation: Recommendation,
    chart: z.array(ChartPointSchema).describe("Complexity versus capability of every platform, in ranking order."),
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
});
