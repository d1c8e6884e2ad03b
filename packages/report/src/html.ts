import type { Reason } from "@platform-advisor/model";
import { chartLayout } from "./chart.ts";
import { escapeHtml as e } from "./escape-html.ts";
import { formatImpact, formatScore } from "./format.ts";
import type { PlatformReasons, ReportData } from "./report-data.ts";
import { renderSvgChart } from "./svg-chart.ts";

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --good: #1a7f37; --bad: #cf222e; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: #fff; }
main { max-width: 960px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { font-size: 1.8rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
.meta, .source, figcaption, .note { color: var(--muted); }
.source { font-size: 0.85em; }
.verdict { border: 1px solid var(--line); border-left: 6px solid var(--good); border-radius: 6px; padding: 12px 20px; }
.verdict .lead { font-size: 1.15rem; margin: 4px 0 8px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 0.92em; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.pro { color: var(--good); font-weight: 600; }
.con, .out { color: var(--bad); font-weight: 600; }
tr.excluded td { color: var(--muted); }
figure { margin: 8px 0; display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
figure svg { max-width: 100%; height: auto; }
figcaption ol { margin: 0; padding-left: 1.6em; font-size: 0.9em; }
figcaption li.excluded { color: #8c959f; }
ul.reasons { margin: 4px 0; padding-left: 1.2em; }
footer { margin-top: 40px; font-size: 0.85em; color: var(--muted); }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  table, figure, .verdict, .platform, section.chart { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const reasonTable = (reasons: Reason[]): string =>
  `<table><thead><tr><th>Effect</th><th>Reason</th><th>Source</th></tr></thead><tbody>${reasons
    .map(
      (reason) =>
        `<tr><td class="num ${reason.impact === null ? "out" : reason.impact > 0 ? "pro" : "con"}">${formatImpact(reason.impact)}</td><td>${e(reason.text)}</td><td class="source">${e(reason.source)}</td></tr>`,
    )
    .join("")}</tbody></table>`;

const table = (header: string[], rows: string[][]): string =>
  `<table><thead><tr>${header.map((cell) => `<th>${cell}</th>`).join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;

const platformSection = (entry: PlatformReasons): string => {
  const reasons = [...entry.pros, ...entry.cons];
  return `<div class="platform"><h3>${entry.rank}. ${e(entry.name)}: ${formatScore(entry.score)}/100</h3>${
    reasons.length === 0 ? `<p class="note">No rule added or removed points.</p>` : reasonTable(reasons)
  }</div>`;
};

const exclusionSection = (entry: PlatformReasons): string =>
  `<div class="platform"><h3>${e(entry.name)}</h3><ul class="reasons">${entry.exclusions
    .map((reason) => `<li>${e(reason.text)} <span class="source">(${e(reason.source)})</span></li>`)
    .join("")}</ul></div>`;

/** The report as one standalone HTML page: inline styles, an inline SVG chart and a print stylesheet. */
export const renderHtml = (report: ReportData): string => {
  const eligible = report.platforms.filter((entry) => entry.eligible);
  const excluded = report.platforms.filter((entry) => !entry.eligible);
  const layout = chartLayout(report.chart, report.requirements);
  const lead = report.runnerUp
    ? `<strong>${e(report.recommended.name)}</strong> scores <strong>${formatScore(report.recommended.score)}/100</strong>, ${formatScore(report.margin)} points ahead of ${e(report.runnerUp.name)} (${formatScore(report.runnerUp.score)}).`
    : `<strong>${e(report.recommended.name)}</strong> scores <strong>${formatScore(report.recommended.score)}/100</strong>.`;

  const body = [
    `<header><h1>${e(report.title)}</h1><p class="meta">Made on <time datetime="${e(report.generatedAt)}">${report.date}</time> by Platform Advisor, ruleset ${e(report.rulesetVersion)}.</p></header>`,
    `<section><h2>Recommendation</h2><div class="verdict"><p class="lead">${lead}</p>${
      report.why.length > 0
        ? `<p>Why:</p>${reasonTable(report.why)}`
        : `<p class="note">No single reason stands out: it is the platform that loses the fewest points.</p>`
    }</div></section>`,
    `<section><h2>Ranking</h2>${table(
      ["Rank", "Platform", "Score", "Eligible", "Complexity", "Capability"],
      report.chart.map((point) => [
        String(point.rank),
        e(point.name),
        formatScore(report.platforms.find((p) => p.platform === point.platform)?.score ?? 0),
        point.eligible ? "yes" : "no",
        String(point.complexity),
        String(point.capability),
      ]),
    )}</section>`,
    `<section class="chart"><h2>Complexity versus capability</h2><p class="note">Both on the catalogue's 0-10 scale. These answers need a capability of about ${report.requirements.capability}; this team carries a complexity of about ${report.requirements.complexityBudget} comfortably (shaded: capable enough and simple enough). Markers carry the rank; green is recommended, blue eligible, grey excluded.</p><figure>${renderSvgChart(layout)}<figcaption><ol>${report.chart
      .map((point) => `<li class="${point.eligible ? "eligible" : "excluded"}">${e(point.name)}</li>`)
      .join("")}</ol></figcaption></figure></section>`,
    `<section><h2>Reasons for and against each platform</h2>${eligible.map(platformSection).join("")}</section>`,
    `<section><h2>Why the excluded platforms are out</h2>${
      excluded.length === 0 ? `<p class="note">No platform is excluded.</p>` : excluded.map(exclusionSection).join("")
    }</section>`,
    `<section><h2>Assumptions</h2>${
      report.assumptions.length === 0
        ? `<p class="note">Every question was answered: nothing was assumed.</p>`
        : table(
            ["Question", "Assumed", "Why"],
            report.assumptions.map((a) => [
              e(a.label),
              e(a.value),
              e(a.text) + (a.source ? ` <span class="source">(${e(a.source)})</span>` : ""),
            ]),
          )
    }</section>`,
    `<section><h2>What would change the recommendation</h2>${
      report.whatIf.length === 0
        ? `<p class="note">No small change to the answers changes the recommendation.</p>`
        : table(
            ["If", "Recommended", "Why"],
            report.whatIf.map((w) => [e(w.change), e(w.recommended), e(w.text)]),
          )
    }</section>`,
    `<section><h2>Growth path</h2>${
      report.growthPath.length === 0
        ? `<p class="note">The recommendation holds as the workload grows.</p>`
        : table(
            ["When it grows", "Recommended", "Why"],
            report.growthPath.map((g) => [e(g.step), e(g.recommended), e(g.text)]),
          )
    }</section>`,
    `<section><h2>Answers</h2>${table(
      ["Question", "Answer", "Origin"],
      report.answers.map((a) => [e(a.label), e(a.value), a.origin]),
    )}</section>`,
    `<section><h2>Sources</h2><ul>${report.sources.map((source) => `<li>${e(source)}</li>`).join("")}</ul></section>`,
    `<footer>Platform Advisor report, ruleset ${e(report.rulesetVersion)}, ${e(report.generatedAt)}. The same answers and ruleset always give the same recommendation.</footer>`,
  ].join("\n");

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
${body}
</main>
</body>
</html>
`;
};
