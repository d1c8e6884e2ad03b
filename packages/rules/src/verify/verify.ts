import type { Answers } from "@platform-advisor/model";
import { resolveValues } from "../assumptions.ts";
import { firedRules } from "../compiled.ts";
import { deriveFacts } from "../facts.ts";
import { GROWTH_FACTORS } from "../growth.ts";
import { leaderOf } from "../leader.ts";
import { RULES } from "../ruleset.ts";
import { topTwo } from "../scoring.ts";
import { coveringSpace, exhaustiveSeedSpace, exhaustiveSize } from "./answer-space.ts";
import { GROWTH_INVARIANT, grownAnswers, INVARIANTS, movesBackToSingleHost } from "./invariants.ts";

export interface Problem {
  kind: "no eligible platform" | "tie at the top" | "invariant";
  detail: string;
  answers: Answers;
}

export interface VerificationReport {
  exhaustive: number;
  covering: number;
  coverage: { rule: string; fired: number }[];
  neverFired: string[];
  problems: Problem[];
  /** Problems by kind (and invariant name), with every occurrence counted. */
  counts: Record<string, number>;
  seconds: number;
}

const MAX_EXAMPLES = 20;

/** Checks every answer set of the verification sweep: eligibility, ties, invariants and rule coverage. */
export const verify = (): VerificationReport => {
  const started = performance.now();
  const fired = new Array<number>(RULES.length).fill(0);
  const problems: Problem[] = [];
  const counts: Record<string, number> = {};
  const report = (kind: Problem["kind"], detail: string, answers: Answers) => {
    const key = kind === "invariant" ? `invariant: ${detail}` : kind;
    counts[key] = (counts[key] ?? 0) + 1;
    if (problems.length < MAX_EXAMPLES) problems.push({ kind, detail, answers });
  };

  const check = (answers: Answers) => {
    const resolved = resolveValues(answers);
    const facts = deriveFacts(resolved);
    const indexes = firedRules(facts);
    for (const index of indexes) fired[index]!++;
    const [first, second] = topTwo(
      facts,
      indexes.map((index) => RULES[index]!.event),
    );
    if (!first.eligible) return report("no eligible platform", "every platform is excluded", answers);
    if (
      second.eligible &&
      first.score === second.score &&
      first.platform.complexity.value === second.platform.complexity.value &&
      first.platform.capability.value === second.platform.capability.value
    ) {
      report(
        "tie at the top",
        `${first.platform.id} and ${second.platform.id} tie on score, complexity and capability`,
        answers,
      );
    }
    for (const invariant of INVARIANTS) {
      if (!invariant.holds(first.platform, resolved)) report("invariant", invariant.name, answers);
    }
    for (const factor of GROWTH_FACTORS) {
      for (const grown of grownAnswers(answers, resolved, factor)) {
        if (movesBackToSingleHost(first.platform.id, leaderOf(grown))) report("invariant", GROWTH_INVARIANT, answers);
      }
    }
  };

  let exhaustive = 0;
  for (const answers of exhaustiveSeedSpace()) {
    check(answers);
    exhaustive++;
  }
  const covering = coveringSpace();
  for (const answers of covering) check(answers);

  const coverage = RULES.map((rule, i) => ({ rule: rule.name, fired: fired[i]! }));
  if (exhaustive !== exhaustiveSize()) throw new Error("the exhaustive space was not walked completely");
  return {
    exhaustive,
    covering: covering.length,
    coverage,
    neverFired: coverage.filter((c) => c.fired === 0).map((c) => c.rule),
    problems,
    counts,
    seconds: (performance.now() - started) / 1000,
  };
};

/** Whether the report is clean: every rule fires and no problem was found. */
export const isClean = (report: VerificationReport): boolean =>
  report.neverFired.length === 0 && Object.keys(report.counts).length === 0;
