import type { ChartPoint } from "./chart.ts";
import { pointColour } from "./chart.ts";
import type { CitedSource, ReportData } from "./report-data.ts";
import { type Block, reportSections, type Section, sectionsLine } from "./sections.ts";

/** A cited document as a Markdown line: its title (a link when public), then the sections cited. */
export const markdownSource = (source: CitedSource): string => {
  const title = source.url ? `[${escapeMarkdown(source.title)}](${source.url})` : escapeMarkdown(source.title);
  const sections = sectionsLine(source);
  return sections ? `${title}, ${escapeMarkdown(sections)}` : title;
};

/** Escapes text so Markdown shows it as written, including inside table cells. */
export const escapeMarkdown = (text: string): string =>
  text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, " ");

/** A Markdown table. */
export const markdownTable = (header: string[], rows: string[][]): string =>
  [
    `| ${header.map(escapeMarkdown).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(escapeMarkdown).join(" | ")} |`),
  ].join("\n");

/** A quoted Mermaid label keeps dots, commas and brackets ("Fly.io, Railway"); only quotes must go. */
const mermaidLabel = (text: string): string => `"${text.replace(/"/g, "'")}"`;

/** Mermaid accepts 0, 1 or 0.xxx as a coordinate, nothing else (not 1.0). */
const unit = (value: number): string => {
  const share = value / 10;
  if (share <= 0) return "0";
  if (share >= 1) return "1";
  return share.toFixed(3).replace(/0+$/, "");
};

const mermaidChart = (points: ChartPoint[]): string =>
  [
    "```mermaid",
    "quadrantChart",
    "  title Complexity versus capability",
    "  x-axis Simple --> Complex",
    "  y-axis Limited --> Capable",
    "  quadrant-1 Capable but heavy",
    "  quadrant-2 Capable and simple",
    "  quadrant-3 Simple and limited",
    "  quadrant-4 Heavy and limited",
    // Ruled-out platforms are not drawn: a quadrant reads as a fit (the ranking table above lists them).
    ...points
      .filter((point) => point.eligible)
      .map(
        (point) =>
          `  ${mermaidLabel(point.name)}: [${unit(point.complexity)}, ${unit(point.capability)}] radius: ${point.recommended ? 9 : 6}, color: ${pointColour(point)}`,
      ),
    "```",
  ].join("\n");

const block = (report: ReportData, item: Block): string => {
  switch (item.kind) {
    case "lead":
      return `**${escapeMarkdown(item.text)}**`;
    case "paragraph":
      return item.muted ? `_${escapeMarkdown(item.text)}_` : escapeMarkdown(item.text);
    case "list":
      return item.items.map((text) => `- ${escapeMarkdown(text)}`).join("\n");
    case "subheading":
      return `### ${escapeMarkdown(item.text)}`;
    case "table":
      return markdownTable(item.header, item.rows);
    case "chart":
      return mermaidChart(report.chart);
    case "sources":
      return item.items.map((source) => `- ${markdownSource(source)}`).join("\n");
  }
};

const section = (report: ReportData, item: Section): string =>
  [`## ${escapeMarkdown(item.heading)}`, ...item.blocks.map((entry) => block(report, entry))].join("\n\n");

/** The report as GitHub-flavoured Markdown; the chart is a Mermaid quadrant chart, which code hosts draw. */
export const renderMarkdown = (report: ReportData): string => {
  const { summary, appendices } = reportSections(report);
  return `${[`# ${escapeMarkdown(report.title)}`, section(report, summary), ...appendices.map((item) => section(report, item))].join("\n\n")}\n`;
};
