import type { RecordPoint } from "./decision-record.ts";
import { escapeMarkdown, markdownSource } from "./markdown.ts";
import type { ReportData, ReportReason } from "./report-data.ts";

/** MADR 4.0.0's statuses. */
export const ADR_STATUSES = ["proposed", "rejected", "accepted", "deprecated", "superseded"] as const;

/**
 * What the caller knows about the record: its status and number in the team's decision log, the records it
 * supersedes, and who took part (MADR's own fields; empty lists are fine). Without them: proposed, 0001.
 */
export type AdrPeople = {
  status?: (typeof ADR_STATUSES)[number];
  number?: number;
  supersedes?: number[];
  decisionMakers?: string[];
  consulted?: string[];
  informed?: string[];
};

/** "0007": the record's number as MADR writes it in file names. */
export const adrNumber = (number = 1): string => String(number).padStart(4, "0");

const yamlString = (text: string): string => JSON.stringify(text);
const yamlList = (items: string[] = []): string =>
  items.length === 0 ? "[]" : `[${items.map(yamlString).join(", ")}]`;

/**
 * A sentence as a clause after "because": its first letter lower-cased, unless it starts with a name (a
 * platform's, the organisation's own included, or a word with capitals inside).
 */
const clauseOf =
  (platformNames: readonly string[]) =>
  (text: string): string => {
    const first = text.split(/[\s:,]/)[0] ?? "";
    const isName = platformNames.some((name) => (name.split(" ")[0] ?? name) === first) || /[A-Z].*[A-Z]/.test(first);
    return isName ? text : text.charAt(0).toLowerCase() + text.slice(1);
  };

const KIND_WORDS: Record<RecordPoint["kind"], string> = { good: "Good", bad: "Bad", neutral: "Neutral" };

/** A point as MADR writes it: "Good, because ..." with its reference. */
const recordLineOf =
  (lowerFirst: (text: string) => string) =>
  (item: RecordPoint): string => {
    const text = escapeMarkdown(lowerFirst(item.text)).replace(/\.$/, "");
    return `* ${KIND_WORDS[item.kind]}, because ${text}${item.source ? ` (${escapeMarkdown(item.source)})` : ""}.`;
  };

/**
 * The recommendation as an architecture decision record in MADR 4.0.0 form,
 * ready to commit as docs/decisions/0001-container-platform-<platform>.md.
 */
export const renderAdr = (report: ReportData, people: AdrPeople = {}): string => {
  const record = report.decisionRecord;
  const lowerFirst = clauseOf(report.platformNames);
  const recordLine = recordLineOf(lowerFirst);
  const cited = (reason: ReportReason): string =>
    `${escapeMarkdown(lowerFirst(reason.text))} (${escapeMarkdown(reason.source)})`;
  const name = escapeMarkdown(report.recommended.name);
  const because =
    report.why.length > 0
      ? report.why
          .slice(0, 3)
          .map((reason) => lowerFirst(escapeMarkdown(reason.text)))
          .join("; ")
      : "it loses the fewest points against these answers";
  const given = report.answers.filter((answer) => answer.origin === "given");
  const supersedes = people.supersedes ?? [];
  const lines = [
    "---",
    `status: ${people.status ?? "proposed"}`,
    `date: ${report.date}`,
    `decision-makers: ${yamlList(people.decisionMakers)}`,
    `consulted: ${yamlList(people.consulted)}`,
    `informed: ${yamlList(people.informed)}`,
    "---",
    "",
    `# ${adrNumber(people.number)}. Run the workload on ${name}`,
    "",
    "## Context and Problem Statement",
    "",
    "Which container platform should this workload run on? The team answered Platform Advisor's questionnaire:",
    "",
    ...(given.length > 0
      ? given.map((answer) => `* ${escapeMarkdown(answer.label)}: ${escapeMarkdown(answer.value)}`)
      : ["* (no answers given: every answer below is assumed)"]),
    "",
    report.assumptions.length === 0
      ? "Nothing was assumed."
      : `Assumed, because they were not answered (${report.assumptions.length}):`,
    "",
    ...report.assumptions.map(
      (assumption) => `* ${escapeMarkdown(assumption.label)}: ${escapeMarkdown(assumption.value)}`,
    ),
    ...(report.assumptions.length > 0 ? [""] : []),
    ...(report.defaultsLine ? [escapeMarkdown(report.defaultsLine), ""] : []),
    ...(supersedes.length > 0
      ? [`This record supersedes ${supersedes.map((number) => `ADR-${adrNumber(number)}`).join(", ")}.`, ""]
      : []),
    "## Decision Drivers",
    "",
    ...(report.why.length > 0
      ? report.why.map((reason) => `* ${cited(reason)}`)
      : ["* The simplest platform that meets the answers' needs"]),
    `* ${escapeMarkdown(report.summary.requirements)}`,
    ...report.conflicts.map((conflict) => `* Conflict with a stated preference: ${escapeMarkdown(conflict)}`),
    "",
    "## Considered Options",
    "",
    ...record.options.map((option) => `* ${escapeMarkdown(option.name)} (score ${option.score} of 100)`),
    ...report.ruledOut.map(
      (group) =>
        `* Ruled out: ${escapeMarkdown(group.platforms.join(", "))}${group.stated ? ": " : ", which "}${escapeMarkdown(group.stated ? group.cause : lowerFirst(group.cause))} (${escapeMarkdown(group.source)})`,
    ),
    "",
    "## Decision Outcome",
    "",
    `Chosen option: "${name}", because ${because}.`,
    "",
    `${escapeMarkdown(report.summary.confidence)}${report.summary.runnerUp ? ` ${escapeMarkdown(report.summary.runnerUp)}` : ""}`,
    "",
    "### Consequences",
    "",
    ...record.consequences.flatMap((group) => [`#### ${group.topic}`, "", ...group.points.map(recordLine), ""]),
    "### Confirmation",
    "",
    `Re-run Platform Advisor with the same answers and ruleset ${escapeMarkdown(report.rulesetVersion)}: it gives the same recommendation. Re-run it when the answers change (more containers, hosts or engineers), and review this record if the recommendation moves.`,
    "",
    "## Pros and Cons of the Options",
    "",
    ...record.options.flatMap((option) => [
      `### ${escapeMarkdown(option.name)}`,
      "",
      ...(option.points.length > 0
        ? option.points.map(recordLine)
        : ["* Neutral, because no rule added or removed points"]),
      "",
    ]),
    "## More Information",
    "",
    `* Made by Platform Advisor on ${report.date}, ruleset ${escapeMarkdown(report.rulesetVersion)}${report.profile ? `, organisation profile ${escapeMarkdown(report.profile)}` : ""}.`,
    report.restoreLink
      ? `* The answers, ready to change: <${report.restoreLink}>`
      : "* The answers are listed under Context and Problem Statement; enter them again to reproduce this result.",
    ...report.sources.map((source) => `* ${markdownSource(source)}`),
    "",
  ];
  return lines.join("\n");
};
