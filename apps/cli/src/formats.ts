import { ReportFormat } from "@platform-advisor/report";

/**
 * Every report format the report package renders, plus the command's own:
 * `text` for a terminal and `sarif` for code-scanning pages. A format added to
 * ReportFormat shows up here without a change.
 */
export const CLI_FORMATS = ["text", ...ReportFormat.options, "sarif"] as const;
export type CliFormat = ReportFormat | "text" | "sarif";

export const isReportFormat = (format: string): format is ReportFormat => ReportFormat.safeParse(format).success;
