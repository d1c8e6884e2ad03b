import { CATALOGUE } from "@platform-advisor/model";
import { escapeMarkdown, markdownSource } from "./markdown.ts";
import type { PlatformReasons, ReportData, ReportReason } from "./report-data.ts";

/** Who took part in the decision, for the record's front matter (MADR's own fields; empty lists are fine). */
export type AdrPeople = { decisionMakers?: string[]; consulted?: string[]; informed?: string[] };

/** The considered options: the top eligible platforms. */
const CONSIDERED = 3;

const yamlString = (text: string): string => JSON.stringify(text);
const yamlList = (items: string[] = []): string =>
  items.length === 0 ? "[]" : `[${items.map(yamlString).join(", ")}]`;

const NAMES = CATALOGUE.map((platform) => platform.name.split(" ")[0] ?? platform.name);

/** A sentence as a clause after "because": its first letter lower-cased, unless it starts with a name. */
const lowerFirst = (text: string): string => {
  const first = text.split(/[\s:,]/)[0] ?? "";
  const isName = NAMES.includes(first) || /[A-Z].*[A-Z]/.test(first);
  return isName ? text : text.charAt(0).toLowerCase() + text.slice(1);
};

const cited = (reason: ReportReason): string =>
  `${escapeMarkdown(lowerFirst(reason.text))} (${escapeMarkdown(reason.source)})`;

const prosAndCons = (entry: PlatformReasons): string[] => {
  const lines = [
    ...entry.pros.map((reason) => `* Good, because ${cited(reason)}`),
    ...entry.cons.map((reason) => `* Bad, because ${cited(reason)}`),
  ];
  return lines.length > 0 ? lines : ["* Neutral, because no rule added or removed points"];
};

/**
 * The recommendation as an architecture decision record in MADR 4.0.0 form,
 * ready to commit as docs/decisions/0001-container-platform-<platform>.md.
 */
export const renderAdr = (report: ReportData, people: AdrPeople = {}): string => {
  const chosen = report.platforms.find((entry) => entry.platform === report.recommended.platform);
  const options = report.platforms.filter((entry) => entry.eligible).slice(0, CONSIDERED);
  const name = escapeMarkdown(report.recommended.name);
  const because =
    report.why.length > 0
      ? report.why
          .slice(0, 3)
          .map((reason) => lowerFirst(escapeMarkdown(reason.text)))
          .join("; ")
      : "it loses the fewest points against these answers";
  const given = report.answers.filter((answer) => answer.origin === "given");
  const lines = [
    "---",
    "status: proposed",
    `date: ${report.date}`,
    `decision-makers: ${yamlList(people.decisionMakers)}`,
    `consulted: ${yamlList(people.consulted)}`,
    `informed: ${yamlList(people.informed)}`,
    "---",
    "",
    `# Run the workload on ${name}`,
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
    "## Decision Drivers",
    "",
    ...(report.why.length > 0
      ? report.why.map((reason) => `* ${cited(reason)}`)
      : ["* The simplest platform that meets the answers' needs"]),
    ...report.conflicts.map((conflict) => `* Conflict with a stated preference: ${escapeMarkdown(conflict)}`),
    "",
    "## Considered Options",
    "",
    ...options.map((entry) => `* ${escapeMarkdown(entry.name)}`),
    ...report.ruledOut.map(
      (group) =>
        `* Ruled out: ${escapeMarkdown(group.platforms.join(", "))}, which ${escapeMarkdown(lowerFirst(group.cause))} (${escapeMarkdown(group.source)})`,
    ),
    "",
    "## Decision Outcome",
    "",
    `Chosen option: "${name}", because ${because}. ${escapeMarkdown(report.summary.confidence)}`,
    "",
    "### Consequences",
    "",
    ...(chosen?.pros ?? []).map((reason) => `* Good, because ${cited(reason)}`),
    ...(chosen?.cons ?? []).map((reason) => `* Bad, because ${cited(reason)}`),
    ...report.conflicts.map((conflict) => `* Bad, because ${escapeMarkdown(lowerFirst(conflict))}`),
    report.growth.holds
      ? `* Good, because ${escapeMarkdown(lowerFirst(report.growth.line))}`
      : `* Bad, because a move may be needed as the workload grows: ${report.growth.steps
          .map((step) => `${escapeMarkdown(step.step)}, ${escapeMarkdown(step.recommended)}`)
          .join("; ")}`,
    "",
    "### Confirmation",
    "",
    `Re-run Platform Advisor with the same answers and ruleset ${escapeMarkdown(report.rulesetVersion)}: it gives the same recommendation. Re-run it when the answers change (more containers, hosts or engineers), and review this record if the recommendation moves.`,
    "",
    "## Pros and Cons of the Options",
    "",
    ...options.flatMap((entry) => [`### ${escapeMarkdown(entry.name)}`, "", ...prosAndCons(entry), ""]),
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
