import type { Recommendation } from "@platform-advisor/model";
import { describeSource } from "@platform-advisor/model";
import type { Paint } from "./colour.ts";

const impact = (value: number | null) =>
  value === null ? "out" : value > 0 ? `+${Math.round(value)}` : `${Math.round(value)}`;

/** How many reasons, runners-up and what-ifs a terminal summary shows; the reports show all of them. */
const SHOWN = { reasons: 5, ranking: 5, whatIf: 3 };

/** A recommendation as a few lines for a terminal: the answer, why, the runners-up, what would change it. */
export const textSummary = (recommendation: Recommendation, paint: Paint): string => {
  const [first, ...rest] = recommendation.ranking;
  if (!first) return "No platform in the catalogue.\n";
  const lines: string[] = [];
  lines.push(
    `${paint.bold("Recommended:")} ${paint.green(paint.bold(first.name))} (${first.platform}), score ${Math.round(first.score)}/100`,
  );
  const runnerUp = rest[0];
  if (runnerUp) lines.push(paint.dim(`ahead of ${runnerUp.name} by ${recommendation.margin} points`));
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
      `  ${String(entry.rank).padStart(2)}. ${entry.name.padEnd(width)} ${String(Math.round(entry.score)).padStart(3)}`,
    );
  const excluded = recommendation.ranking.filter((entry) => !entry.eligible);
  if (excluded.length > 0)
    lines.push(paint.dim(`  ${excluded.length} platforms are out: ${excluded.map((e) => e.platform).join(", ")}`));
  if (recommendation.conflicts.length > 0) {
    lines.push("", paint.bold(paint.yellow("Not honoured")));
    for (const conflict of recommendation.conflicts) lines.push(`  ${conflict.question}: ${conflict.text}`);
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
