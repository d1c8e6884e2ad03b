import { formatPoints } from "@platform-advisor/model";
import type { CitedSource, ReportData, ReportReason } from "./report-data.ts";

/** The sections of a cited document, in words ("sections 4.4 ...; 4.5 ..."), or nothing. */
export const sectionsLine = (source: CitedSource): string =>
  source.sections.length === 0
    ? ""
    : `${source.sections.length === 1 ? "section" : "sections"}: ${source.sections.join("; ")}`;

/*
 * The report's sections, built once as blocks of text and tables. Markdown,
 * HTML and PDF only draw these blocks; none of them spells out a section.
 */

/** How a table column reads: numbers right-aligned, sources in a smaller face. */
export type ColumnKind = "text" | "number" | "source";

export type Block =
  | { kind: "lead"; text: string }
  | { kind: "paragraph"; text: string; muted?: boolean }
  | { kind: "list"; items: string[] }
  | { kind: "subheading"; text: string }
  | { kind: "table"; header: string[]; columns: ColumnKind[]; rows: string[][]; muted?: boolean[] }
  | { kind: "chart" }
  | { kind: "sources"; items: CitedSource[] };

export type Section = { id: string; heading: string; blocks: Block[] };

export type ReportSections = {
  /** The one-page executive summary. */
  summary: Section;
  /** The details, in reading order. */
  appendices: Section[];
};

const reasonTable = (reasons: ReportReason[]): Block => ({
  kind: "table",
  header: ["Effect", "Reason", "Source"],
  columns: ["number", "text", "source"],
  rows: reasons.map((reason) => [reason.effect, reason.text, reason.source]),
});

const withSource = (reason: ReportReason) => `${reason.text} (${reason.source})`;

const summarySection = (report: ReportData): Section => {
  const { summary } = report;
  const blocks: Block[] = [
    { kind: "lead", text: `Recommended: ${summary.decision}` },
    { kind: "paragraph", text: summary.confidence },
    ...(summary.runnerUp ? [{ kind: "paragraph" as const, text: summary.runnerUp }] : []),
    { kind: "paragraph", text: summary.requirements },
    { kind: "subheading", text: "Why" },
    summary.reasons.length > 0
      ? { kind: "list", items: summary.reasons.map(withSource) }
      : { kind: "paragraph", text: "No single reason stands out: it is the platform that loses the fewest points." },
    { kind: "subheading", text: "Conflicts with your answers" },
    summary.conflicts.length > 0
      ? { kind: "list", items: summary.conflicts }
      : { kind: "paragraph", text: "None: the recommendation honours every answer you gave.", muted: true },
    { kind: "subheading", text: "Assumptions" },
    { kind: "paragraph", text: summary.assumedLine },
  ];
  if (summary.assumptions.length > 0) blocks.push({ kind: "list", items: summary.assumptions });
  blocks.push({
    kind: "paragraph",
    muted: true,
    text: [
      `Made on ${report.date} by Platform Advisor, ruleset ${report.rulesetVersion}`,
      summary.profile ? `, organisation profile ${summary.profile}` : "",
      ". The same answers and ruleset always give the same recommendation; the appendices hold every detail.",
    ].join(""),
  });
  return { id: "summary", heading: "Summary", blocks };
};

const rankingSection = (report: ReportData): Section => ({
  id: "ranking",
  heading: "Appendix A. Ranking and chart",
  blocks: [
    {
      kind: "table",
      header: ["Rank", "Platform", "Score", "Complexity", "Capability"],
      columns: ["number", "text", "text", "number", "number"],
      rows: report.chart.map((point) => {
        const entry = report.platforms.find((platform) => platform.platform === point.platform);
        return [
          point.eligible ? String(point.rank) : "-",
          point.name,
          point.eligible ? `${formatPoints(entry?.score ?? 0)} of 100` : "ruled out",
          formatPoints(point.complexity),
          formatPoints(point.capability),
        ];
      }),
      muted: report.chart.map((point) => !point.eligible),
    },
    {
      kind: "paragraph",
      text: `Complexity and capability are on the catalogue's 0-10 scale. These answers need a capability of about ${formatPoints(report.requirements.capability)}; this team carries a complexity of about ${formatPoints(report.requirements.complexityBudget)} comfortably (the shaded corner: capable enough and simple enough). Markers carry the rank; green is recommended, blue eligible. Ruled-out platforms are not drawn: Appendix C says why each is out.`,
      muted: true,
    },
    { kind: "chart" },
  ],
});

const reasonsSection = (report: ReportData): Section => ({
  id: "reasons",
  heading: "Appendix B. Reasons for and against each platform",
  blocks: report.platforms
    .filter((entry) => entry.eligible)
    .flatMap((entry): Block[] => {
      const reasons = [...entry.pros, ...entry.cons];
      return [
        { kind: "subheading", text: `${entry.rank}. ${entry.name}: ${formatPoints(entry.score)} of 100` },
        reasons.length === 0
          ? { kind: "paragraph", text: "No rule added or removed points.", muted: true }
          : reasonTable(reasons),
      ];
    }),
});

const ruledOutSection = (report: ReportData): Section => ({
  id: "ruled-out",
  heading: "Appendix C. Ruled out",
  blocks:
    report.ruledOut.length === 0
      ? [{ kind: "paragraph", text: "No platform is ruled out.", muted: true }]
      : [
          {
            kind: "table",
            header: ["Why", "Ruled out", "Source"],
            columns: ["text", "text", "source"],
            rows: report.ruledOut.map((group) => [group.cause, group.platforms.join(", "), group.source]),
          },
        ],
});

const answersSection = (report: ReportData): Section => {
  const blocks: Block[] = [
    {
      kind: "table",
      header: ["Question", "Answer", "Origin"],
      columns: ["text", "text", "text"],
      rows: report.answers.map((answer) => [
        answer.label,
        answer.value,
        answer.origin === "default" ? "default, not counted" : answer.origin,
      ]),
      muted: report.answers.map((answer) => answer.origin === "not asked" || answer.origin === "not answered"),
    },
  ];
  if (report.assumptions.length > 0)
    blocks.push(
      { kind: "subheading", text: "Why each assumption" },
      {
        kind: "table",
        header: ["Question", "Assumed", "Why"],
        columns: ["text", "text", "text"],
        rows: report.assumptions.map((assumption) => [
          assumption.label,
          assumption.value,
          assumption.source ? `${assumption.text} (${assumption.source})` : assumption.text,
        ]),
      },
    );
  if (report.defaultsLine) blocks.push({ kind: "paragraph", text: report.defaultsLine, muted: true });
  if (report.ignored.length > 0)
    blocks.push({ kind: "subheading", text: "Answers not used on this path" }, { kind: "list", items: report.ignored });
  if (report.restoreLink)
    blocks.push({ kind: "paragraph", text: `Open these answers again: ${report.restoreLink}`, muted: true });
  return { id: "answers", heading: "Appendix D. Answers and assumptions", blocks };
};

const changesSection = (report: ReportData): Section => ({
  id: "changes",
  heading: "Appendix E. What would change the recommendation",
  blocks: [
    report.whatIf.length === 0
      ? { kind: "paragraph", text: "No small change to the answers changes the recommendation.", muted: true }
      : {
          kind: "table",
          header: ["If", "Then"],
          columns: ["text", "text"],
          rows: report.whatIf.map((item) => [item.change, `${item.recommended} would lead`]),
        },
    { kind: "subheading", text: "As the workload grows" },
    { kind: "paragraph", text: report.growth.line },
    ...(report.growth.holds
      ? []
      : [
          {
            kind: "table" as const,
            header: ["When it grows", "Then"],
            columns: ["text" as const, "text" as const],
            rows: report.growth.steps.map((step) => [step.step, `${step.recommended} leads`]),
          },
        ]),
  ],
});

const sourcesSection = (report: ReportData): Section => ({
  id: "sources",
  heading: "Appendix F. Sources",
  blocks: [{ kind: "sources", items: report.sources }],
});

/** The report's sections: the summary first, then the appendices. */
export const reportSections = (report: ReportData): ReportSections => ({
  summary: summarySection(report),
  appendices: [
    rankingSection(report),
    reasonsSection(report),
    ruledOutSection(report),
    answersSection(report),
    changesSection(report),
    sourcesSection(report),
  ],
});
