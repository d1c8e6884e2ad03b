import { chartLayout, ruledOutNames } from "./chart.ts";
import { escapeHtml as e } from "./escape-html.ts";
import type { ReportData } from "./report-data.ts";
import { type Block, reportSections, type Section, sectionsLine } from "./sections.ts";
import { renderSvgChart } from "./svg-chart.ts";

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --good: #1a7f37; --bad: #cf222e; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: #fff; }
main { max-width: 960px; margin: 0 auto; padding: 32px 16px 48px; overflow-wrap: break-word; }
h1 { font-size: 1.7rem; margin: 0 0 12px; }
h2 { font-size: 1.3rem; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 18px 0 6px; }
.muted, .source { color: var(--muted); }
.source { font-size: 0.85em; }
section.summary { border: 1px solid var(--line); border-left: 6px solid var(--good); border-radius: 6px; padding: 4px 20px 12px; }
section.summary h2 { border: 0; margin-top: 12px; }
.lead { font-size: 1.25rem; font-weight: 600; margin: 4px 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 0.92em; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.source { font-size: 0.85em; }
tr.muted td { color: var(--muted); }
figure { margin: 8px 0; }
figure svg { max-width: 100%; height: auto; }
figcaption ol { margin: 0; padding-left: 1.6em; font-size: 0.9em; columns: 14em; }
figcaption .ruled-out { color: var(--muted); }
ul { padding-left: 1.3em; }
@media (max-width: 600px) {
  table.stack thead tr { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack tr { border: 1px solid var(--line); border-radius: 4px; margin: 0 0 8px; padding: 4px 0; }
  table.stack td { border: 0; padding: 2px 8px; text-align: left; white-space: normal; }
  table.stack td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
}
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  section.summary { break-after: page; }
  h2, h3 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const table = (item: Extract<Block, { kind: "table" }>): string =>
  `<div class="table-wrap"><table class="stack"><thead><tr>${item.header.map((cell) => `<th scope="col">${e(cell)}</th>`).join("")}</tr></thead><tbody>${item.rows
    .map(
      (row, index) =>
        `<tr${item.muted?.[index] ? ` class="muted"` : ""}>${row
          .map(
            (cell, column) =>
              `<td class="${item.columns[column] ?? "text"}" data-label="${e(item.header[column] ?? "")}">${e(cell)}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("")}</tbody></table></div>`;

const chart = (report: ReportData): string => {
  const svg = renderSvgChart(chartLayout(report.chart, report.requirements));
  const names = report.chart
    .filter((point) => point.eligible)
    .map((point) => `<li class="eligible">${e(point.name)}</li>`)
    .join("");
  const out = ruledOutNames(report.chart);
  const ruledOut = out.length > 0 ? `<p class="ruled-out">Ruled out, so not drawn: ${e(out.join(", "))}</p>` : "";
  return `<figure>${svg}<figcaption><ol>${names}</ol>${ruledOut}</figcaption></figure>`;
};

const block = (report: ReportData, item: Block): string => {
  switch (item.kind) {
    case "lead":
      return `<p class="lead">${e(item.text)}</p>`;
    case "paragraph":
      return `<p${item.muted ? ` class="muted"` : ""}>${e(item.text)}</p>`;
    case "list":
      return `<ul>${item.items.map((text) => `<li>${e(text)}</li>`).join("")}</ul>`;
    case "subheading":
      return `<h3>${e(item.text)}</h3>`;
    case "table":
      return table(item);
    case "chart":
      return chart(report);
    case "sources":
      return `<ul class="sources">${item.items
        .map((source) => {
          const title = source.url
            ? `<a href="${e(source.url)}">${e(source.title)}</a>`
            : `<cite>${e(source.title)}</cite>`;
          const sections = sectionsLine(source);
          return `<li>${title}${sections ? `<span class="muted">, ${e(sections)}</span>` : ""}</li>`;
        })
        .join("")}</ul>`;
  }
};

const section = (report: ReportData, item: Section): string =>
  `<section id="${item.id}" class="${item.id}"><h2>${e(item.heading)}</h2>${item.blocks.map((entry) => block(report, entry)).join("\n")}</section>`;

/** The report as one standalone HTML page: the summary first, then appendices; inline styles and SVG chart. */
export const renderHtml = (report: ReportData): string => {
  const { summary, appendices } = reportSections(report);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${e(report.title)}</h1>
${section(report, summary)}
${appendices.map((item) => section(report, item)).join("\n")}
</main>
</body>
</html>
`;
};
