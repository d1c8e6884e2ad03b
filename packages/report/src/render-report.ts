import type { Answers, Recommendation } from "@platform-advisor/model";
import { z } from "zod";
import { renderHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";
import { renderPdf } from "./pdf.ts";
import { reportData } from "./report-data.ts";
import { reportDocument } from "./report-json.ts";

export const ReportFormat = z.enum(["md", "html", "pdf", "json"]);
export type ReportFormat = z.infer<typeof ReportFormat>;

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  json: "application/json",
};

export type RenderedReport = { body: string | Uint8Array<ArrayBuffer>; contentType: string; fileName: string };

/** The report file's name: what it recommends and when ("platform-advisor-docker-swarm-2026-11-22.pdf"). */
export const reportFileName = (recommendation: Recommendation, generatedAt: Date, format: ReportFormat): string =>
  `platform-advisor-${recommendation.recommended}-${generatedAt.toISOString().slice(0, 10)}.${format}`;

/** Renders a recommendation as a report file in one of the four formats. */
export const renderReport = async (
  format: ReportFormat,
  recommendation: Recommendation,
  given: Answers,
  generatedAt: Date,
): Promise<RenderedReport> => {
  const data = reportData(recommendation, given, generatedAt);
  const render = {
    md: async () => renderMarkdown(data),
    html: async () => renderHtml(data),
    pdf: async () => new Uint8Array(await renderPdf(data)),
    json: async () => JSON.stringify(reportDocument(data, recommendation, given), null, 2),
  }[format];
  return {
    body: await render(),
    contentType: REPORT_CONTENT_TYPES[format],
    fileName: reportFileName(recommendation, generatedAt, format),
  };
};
