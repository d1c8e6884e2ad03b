export { ADR_STATUSES, type AdrPeople } from "./adr.ts";
export { type CustomAnswer, customAnswers } from "./custom-answers.ts";
export {
  REPORT_CONTENT_TYPES,
  type RenderedReport,
  type RenderOptions,
  ReportFormat,
  renderReport,
  reportFileName,
} from "./render-report.ts";
export { type ReportData, reportData } from "./report-data.ts";
export { ReportDocument } from "./report-json.ts";
export { type ReportSections, reportSections } from "./sections.ts";
