import type { Answers, Catalogue, Recommendation } from "@platform-advisor/model";
import { BUILT_IN_CATALOGUE, describeSource, formatPoints, verdictOf } from "@platform-advisor/model";
import { customAnswers } from "@platform-advisor/report";
import type { Paint } from "./colour.ts";

const impact = (value: number | null) =>
  value === null ? "out" : value > 0 ? `+${Math.round(value)}` : `${Math.round(value)}`;

/** How many reasons, runners-up and what-ifs a terminal summary shows; the reports show all of them. */
const SHOWN = { reasons: 5, ranking: 5, whatIf: 3 };

/**
 * A recommendation as a few lines for a terminal: the answer, how sure, the runner-up with the score gap a reader
 * can check by subtracting the two scores shown, the stated requirements, the answers to the organisation's own
 * questions, why, the ranking, what would change it. `given` are the answers the team gave (assumed ones are not
 * requirements they stated); `catalogue` is the organisation profile's, which words its own questions.
 */
export const textSummary = (
  recommendation: Recommendation,
  paint: Paint,
  given: Answers = {},
  catalogue: Catalogue = BUILT_IN_CATALOGUE,
): string => {
  const [first] = recommendation.ranking;
  if (!first) return "No platform in the catalogue.\n";
  const verdict = verdictOf(recommendation, given, catalogue.questions);
  const lines: string[] = [];
  lines.push(
    `${paint.bold("Recommended:")} ${paint.green(paint.bold(first.name))} (${first.platform}), score ${formatPoints(first.score)} of 100`,
  );
  const sure = verdict.level === "clear" ? paint.green : paint.yellow;
  lines.push(`${sure(paint.bold(`${verdict.headline}.`))} ${verdict.text}`);
  if (verdict.runnerUp) lines.push(verdict.runnerUp.line);
  lines.push(verdict.requirements.line);
  const custom = customAnswers(given, catalogue);
  if (custom.length > 0) {
    lines.push("", paint.bold("The organisation's questions"));
    for (const answer of custom) lines.push(`  ${answer.prompt} ${paint.bold(answer.labels.join(", ") || "none")}`);
  }
  lines.push("", paint.bold("Why"));
  const reasons = [...first.reasons].sort((a, b) => Math.abs(b.impact ?? 0) - Math.abs(a.impact ?? 0));
  for (const reason of reasons.slice(0, SHOWN.reasons)) {
    const sign = impact(reason.impact).padStart(4);
    const colour = (reason.impact ?? 0) < 0 ? paint.red : paint.green;
    lines.push(`  ${colour(sign)}  ${reason.text} ${paint.dim(`[${describeSource(reason.source).label}]`)}`);
  }
  lines.push("", paint.bold("Ranking"));
  const shown = recommendation.ranking.filter((e) => e.eligible).slice(0, SHOWN.ranking);
  const width = Math.max(...shown.map((entry) => entry.name.length));
  for (const entry of shown)
    lines.push(
      `  ${String(entry.rank).padStart(2)}. ${entry.name.padEnd(width)} ${formatPoints(entry.score).padStart(5)}`,
    );
  const excluded = recommendation.ranking.filter((entry) => !entry.eligible);
  if (excluded.length > 0)
    lines.push(
      paint.dim(
        `  ${excluded.length === 1 ? "1 platform is" : `${excluded.length} platforms are`} out: ${excluded.map((e) => e.name).join(", ")}`,
      ),
    );
  if (recommendation.conflicts.length > 0) {
    lines.push("", paint.bold(paint.yellow("Not honoured")));
    const promptOf = (question: string) => custom.find((answer) => answer.question === question)?.prompt ?? question;
    for (const conflict of recommendation.conflicts) lines.push(`  ${promptOf(conflict.question)}: ${conflict.text}`);
  }
  if (recommendation.assumptions.length > 0) {
    lines.push("", paint.bold("Assumed"));
    for (const assumption of recommendation.assumptions) lines.push(`  ${assumption.question}: ${assumption.text}`);
  }
  if (recommendation.whatIf.length > 0) {
    lines.push("", paint.bold("What would change it"));
    for (const whatIf of recommendation.whatIf.slice(0, SHOWN.whatIf)) lines.push(`  ${whatIf.text}`);
  }
  lines.push("", paint.dim(`ruleset ${recommendation.rulesetVersion}`));
  return `${lines.join("\n")}\n`;
};
