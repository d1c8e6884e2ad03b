import type { Reason } from "@platform-advisor/model";
import { type ChartPoint, pointColour } from "./chart.ts";
import { formatImpact, formatScore } from "./format.ts";
import type { PlatformReasons, ReportData } from "./report-data.ts";

/** Escapes text so Markdown shows it as written, including inside table cells. */
export const escapeMarkdown = (text: string): string =>
  text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, " ");

const table = (header: string[], rows: string[][]): string =>
  [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

const reasonRows = (reasons: Reason[]) =>
  reasons.map((reason) => [
    formatImpact(reason.impact),
    escapeMarkdown(reason.text),
    `_${escapeMarkdown(reason.source)}_`,
  ]);

/** Mermaid's quadrant chart reads only letters, digits, spaces and hyphens in a label. */
const mermaidLabel = (text: string): string =>
  text
    .replace(/[^A-Za-z0-9 -]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

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
    ...points.map(
      (point) =>
        `  ${mermaidLabel(point.name)}: [${unit(point.complexity)}, ${unit(point.capability)}] radius: ${point.recommended ? 9 : 6}, color: ${pointColour(point)}`,
    ),
    "```",
  ].join("\n");

const platformSection = (entry: PlatformReasons): string => {
  const reasons = [...entry.pros, ...entry.cons];
  return [
    `### ${entry.rank}. ${escapeMarkdown(entry.name)}: ${formatScore(entry.score)}/100`,
    "",
    reasons.length === 0
      ? "No rule added or removed points."
      : table(["Effect", "Reason", "Source"], reasonRows(reasons)),
  ].join("\n");
};

const exclusionSection = (entry: PlatformReasons): string =>
  [
    `### ${escapeMarkdown(entry.name)}`,
    "",
    ...entry.exclusions.map((reason) => `- ${escapeMarkdown(reason.text)} (_${escapeMarkdown(reason.source)}_)`),
  ].join("\n");

/** The report as GitHub-flavoured Markdown; the chart is a Mermaid quadrant chart, which code hosts draw. */
export const renderMarkdown = (report: ReportData): string => {
  const eligible = report.platforms.filter((entry) => entry.eligible);
  const excluded = report.platforms.filter((entry) => !entry.eligible);
  const lead = report.runnerUp
    ? `**${escapeMarkdown(report.recommended.name)}** scores **${formatScore(report.recommended.score)}/100**, ${formatScore(report.margin)} points ahead of ${escapeMarkdown(report.runnerUp.name)} (${formatScore(report.runnerUp.score)}).`
    : `**${escapeMarkdown(report.recommended.name)}** scores **${formatScore(report.recommended.score)}/100**.`;

  const sections = [
    `# ${escapeMarkdown(report.title)}`,
    `Made on ${report.date} by Platform Advisor, ruleset ${escapeMarkdown(report.rulesetVersion)}.`,
    "## Recommendation",
    lead,
    report.why.length > 0
      ? ["Why:", "", table(["Effect", "Reason", "Source"], reasonRows(report.why))].join("\n")
      : "No single reason stands out: it is the platform that loses the fewest points.",
    "## Ranking",
    table(
      ["Rank", "Platform", "Score", "Eligible", "Complexity", "Capability"],
      report.platforms.map((entry) => {
        const point = report.chart.find((p) => p.platform === entry.platform);
        return [
          String(entry.rank),
          escapeMarkdown(entry.name),
          formatScore(entry.score),
          entry.eligible ? "yes" : "no",
          String(point?.complexity ?? ""),
          String(point?.capability ?? ""),
        ];
      }),
    ),
    "## Complexity versus capability",
    `Both on the catalogue's 0-10 scale. These answers need a capability of about ${report.requirements.capability}; this team carries a complexity of about ${report.requirements.complexityBudget} comfortably. The recommended platform is the large green one, excluded platforms are grey.`,
    mermaidChart(report.chart),
    "## Reasons for and against each platform",
    ...eligible.map(platformSection),
    "## Why the excluded platforms are out",
    excluded.length === 0 ? "No platform is excluded." : excluded.map(exclusionSection).join("\n\n"),
    "## Assumptions",
    report.assumptions.length === 0
      ? "Every question was answered: nothing was assumed."
      : table(
          ["Question", "Assumed", "Why"],
          report.assumptions.map((a) => [
            escapeMarkdown(a.label),
            escapeMarkdown(a.value),
            escapeMarkdown(a.text) + (a.source ? ` (_${escapeMarkdown(a.source)}_)` : ""),
          ]),
        ),
    "## What would change the recommendation",
    report.whatIf.length === 0
      ? "No small change to the answers changes the recommendation."
      : table(
          ["If", "Recommended", "Why"],
          report.whatIf.map((w) => [escapeMarkdown(w.change), escapeMarkdown(w.recommended), escapeMarkdown(w.text)]),
        ),
    "## Growth path",
    report.growthPath.length === 0
      ? "The recommendation holds as the workload grows."
      : table(
          ["When it grows", "Recommended", "Why"],
          report.growthPath.map((g) => [escapeMarkdown(g.step), escapeMarkdown(g.recommended), escapeMarkdown(g.text)]),
        ),
    "## Answers",
    table(
      ["Question", "Answer", "Origin"],
      report.answers.map((a) => [escapeMarkdown(a.label), escapeMarkdown(a.value), a.origin]),
    ),
    "## Sources",
    report.sources.map((source) => `- ${escapeMarkdown(source)}`).join("\n"),
  ];
  return `${sections.join("\n\n")}\n`;
};
