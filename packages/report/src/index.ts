export {
  REPORT_CONTENT_TYPES,
  type RenderedReport,
  ReportFormat,
  renderReport,
  reportFileName,
} from "./render-report.ts";
export { ReportDocument } from "./report-json.ts";
