import type { Answers, Recommendation } from "@platform-advisor/model";
import { z } from "zod";
import { type AdrPeople, adrNumber, renderAdr } from "./adr.ts";
import { renderHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";
import { renderPdf } from "./pdf.ts";
import { type ReportOptions, reportData } from "./report-data.ts";
import { reportDocument } from "./report-json.ts";

export const ReportFormat = z.enum(["md", "html", "pdf", "json", "adr"]);
export type ReportFormat = z.infer<typeof ReportFormat>;

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  json: "application/json",
  adr: "text/markdown; charset=utf-8",
};

export type RenderedReport = { body: string | Uint8Array<ArrayBuffer>; contentType: string; fileName: string };

/** What a caller may add to a report: where the app runs (for a link back to the answers), and the ADR's people. */
export type RenderOptions = ReportOptions & AdrPeople;

/**
 * The report file's name: what it recommends and when ("platform-advisor-docker-swarm-2026-11-22.pdf");
 * a decision record is named as MADR numbers them ("0007-container-platform-docker-swarm.md", 0001 by default).
 */
export const reportFileName = (
  recommendation: Recommendation,
  generatedAt: Date,
  format: ReportFormat,
  number?: number,
): string =>
  format === "adr"
    ? `${adrNumber(number)}-container-platform-${recommendation.recommended}.md`
    : `platform-advisor-${recommendation.recommended}-${generatedAt.toISOString().slice(0, 10)}.${format}`;

/** Renders a recommendation as a report file in one of the formats. */
export const renderReport = async (
  format: ReportFormat,
  recommendation: Recommendation,
  given: Answers,
  generatedAt: Date,
  options: RenderOptions = {},
): Promise<RenderedReport> => {
  const data = reportData(recommendation, given, generatedAt, options);
  const render = {
    md: async () => renderMarkdown(data),
    html: async () => renderHtml(data),
    pdf: async () => new Uint8Array(await renderPdf(data)),
    json: async () => JSON.stringify(reportDocument(data, recommendation, given), null, 2),
    adr: async () => renderAdr(data, options),
  }[format];
  return {
    body: await render(),
    contentType: REPORT_CONTENT_TYPES[format],
    fileName: reportFileName(recommendation, generatedAt, format, options.number),
  };
};
