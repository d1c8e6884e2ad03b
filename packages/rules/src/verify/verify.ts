import {
  type Answers,
  type AnyPlatformId,
  BUILT_IN_CATALOGUE,
  type CATALOGUE,
  pruneToPath,
  QUESTIONNAIRE,
  type QuestionId,
  type Reason,
} from "@platform-advisor/model";
import { resolveValues } from "../assumptions.ts";
import { evaluate } from "../compiled.ts";
import { findConflicts } from "../conflicts.ts";
import { deriveFacts } from "../facts.ts";
import { GROWTH_DIMENSIONS, growthLeaders, growthPath } from "../growth.ts";
import { needImpact } from "../need-levels.ts";
import { NO_ORG } from "../org.ts";
import { RULES } from "../ruleset.ts";
import { SCORING, scoreAll } from "../scoring.ts";
import { coveringSpace, exhaustiveSeedSpace, exhaustiveSize } from "./answer-space.ts";
import { ASKED_TRAITS, GROWTH_INVARIANT, INVARIANTS, movesBackToSingleHost } from "./invariants.ts";

export interface Problem {
  kind:
    | "no eligible platform"
    | "tie at the top"
    | "score tie without equal points"
    | "reasons do not add up"
    | "excluded platform credited"
    | "one fact counted twice"
    | "preference neither honoured nor named"
    | "growth moves back"
    | "requirement outvoted"
    | "statement contradicts the matrix"
    | "invariant";
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
  /** Growth axes on which the raw leader returns to an earlier one (the growth path leaves those steps out). */
  returningGrowth: number;
  seconds: number;
}

export interface VerifyOptions {
  /** Check every n-th answer set of the exhaustive space (1: all of it); the covering array is always whole. */
  every?: number;
}

const MAX_EXAMPLES = 20;

/**
 * Checks every answer set of the verification sweep against the properties of the value model: an eligible
 * leader, no tie broken by catalogue order, scores that separate different points, reasons that add up to the
 * points, no credit to an excluded platform, one reason per rule, hard limits kept, stated preferences
 * honoured or named in conflicts, growth that never moves back, the invariants, and rule coverage.
 */
export const verify = (options: VerifyOptions = {}): VerificationReport => {
  const every = options.every ?? 1;
  const started = performance.now();
  // How often each rule fired, by name (absent: never).
  const fired = new Map<string, number>();
  const problems: Problem[] = [];
  const counts: Record<string, number> = {};
  const notes = { returning: 0 };
  const report = (kind: Problem["kind"], detail: string, answers: Answers) => {
    const key = kind === "invariant" ? `invariant: ${detail}` : kind;
    counts[key] = (counts[key] ?? 0) + 1;
    if (problems.length < MAX_EXAMPLES) problems.push({ kind, detail, answers });
  };

  const check = (answers: Answers) => {
    const asked = pruneToPath(QUESTIONNAIRE, answers);
    const resolved = resolveValues(asked);
    const facts = deriveFacts(resolved);
    const firings = evaluate(facts);
    for (const firing of firings) fired.set(firing.rule, (fired.get(firing.rule) ?? 0) + 1);
    const { scored, tally } = scoreAll(facts, firings, NO_ORG);
    const [first, second] = scored;
    if (first === undefined || second === undefined) {
      throw new Error("verify: the catalogue ranks fewer than two platforms");
    }
    if (!first.eligible) return report("no eligible platform", "every platform is excluded", answers);
    if (second.eligible && first.points === second.points) {
      const { complexity, capability } = first.platform;
      if (
        complexity.value === second.platform.complexity.value &&
        capability.value === second.platform.capability.value
      ) {
        report(
          "tie at the top",
          `${first.platform.id} and ${second.platform.id} tie on points, complexity and capability`,
          answers,
        );
      }
    }
    // Scores are shown to a tenth; between two platforms that both leave a requirement unmet (hundreds of points
    // down, where the score's curve is flat) the unmet lists tell them apart, not the score.
    if (
      second.eligible &&
      first.unmet.length === 0 &&
      first.score === second.score &&
      Math.abs(first.points - second.points) > 0.5
    ) {
      report("score tie without equal points", `${first.platform.id} and ${second.platform.id}`, answers);
    }
    for (const entry of scored) {
      if (entry.eligible) {
        const sum = entry.reasons.reduce<number>((total, reason) => total + (reason.impact ?? 0), SCORING.base);
        if (Math.abs(sum - entry.points) > 0.1) report("reasons do not add up", entry.platform.id, answers);
      } else if (entry.reasons.some((reason) => reason.impact !== null)) {
        report("excluded platform credited", entry.platform.id, answers);
      }
      const rules = entry.reasons.flatMap((reason) => (reason.rule ? [reason.rule] : []));
      if (new Set(rules).size !== rules.length) report("one fact counted twice", entry.platform.id, answers);
    }
    // Requirements first: a platform meeting every stated requirement ranks above every one that does not, and
    // fewer unmet before more.
    const eligible = scored.filter((entry) => entry.eligible);
    if (eligible.some((entry) => entry.unmet.length === 0) && first.unmet.length > 0) {
      report("requirement outvoted", `${first.platform.id} leads with ${first.unmet.length} unmet`, answers);
    }
    let above: (typeof eligible)[number] | undefined;
    for (const entry of eligible) {
      if (above && entry.unmet.length < above.unmet.length) {
        report("requirement outvoted", `${entry.platform.id} meets more than one ranked above it`, answers);
        break;
      }
      above = entry;
    }
    // No statement about what a platform can do contradicts its matrix cell.
    for (const entry of eligible) {
      for (const reason of entry.reasons) {
        const level = reasonLevel(reason, entry.platform.id);
        if (level !== undefined && level !== "match")
          report("statement contradicts the matrix", `${entry.platform.id}: ${reason.text}`, answers);
      }
    }
    for (const invariant of INVARIANTS) {
      if (!invariant.holds(first.platform, resolved)) report("invariant", invariant.name, answers);
    }
    const conflicts = new Set(
      findConflicts(
        asked,
        facts,
        firings,
        tally,
        scored.map((entry) => entry.index),
      ).map((conflict) => conflict.question),
    );
    for (const [question, asks] of Object.entries(ASKED_TRAITS)) {
      const value = asked[question as keyof Answers];
      if (value === undefined) continue;
      const honoured = (asks as (v: unknown) => ((p: (typeof CATALOGUE)[number]) => boolean)[])(value).every((has) =>
        has(first.platform),
      );
      if (!honoured && !conflicts.has(question as QuestionId)) {
        report("preference neither honoured nor named", question, answers);
      }
    }
    const path = growthPath(asked, resolved, first.platform.id).steps;
    for (const dimension of GROWTH_DIMENSIONS) {
      const steps = path.filter((s) => s.dimension === dimension).map((s) => s.recommended);
      const leaders = [first.platform.id, ...steps];
      let previous = first.platform.id;
      for (const [k, leader] of steps.entries()) {
        if (leader === first.platform.id || steps.slice(0, k).includes(leader)) {
          report("growth moves back", `${dimension}: ${leaders.join(" > ")}`, answers);
        }
        if (dimension !== "teamSize" && movesBackToSingleHost(previous, leader)) {
          report("invariant", GROWTH_INVARIANT, answers);
        }
        previous = leader;
      }
      const raw = [first.platform.id, ...growthLeaders(asked, resolved, dimension)];
      if (raw.some((leader, k) => k > 1 && leader !== raw[k - 1] && raw.slice(0, k - 1).includes(leader))) {
        notes.returning++;
      }
    }
  };

  let exhaustive = 0;
  let index = 0;
  for (const answers of exhaustiveSeedSpace()) {
    if (index++ % every === 0) {
      check(answers);
      exhaustive++;
    }
  }
  const covering = coveringSpace();
  for (const answers of covering) check(answers);

  const coverage = RULES.map((rule) => ({ rule: rule.name, fired: fired.get(rule.name) ?? 0 }));
  if (index !== exhaustiveSize()) throw new Error("the exhaustive space was not walked completely");
  return {
    exhaustive,
    covering: covering.length,
    coverage,
    neverFired: coverage.filter((c) => c.fired === 0).map((c) => c.rule),
    problems,
    counts,
    returningGrowth: notes.returning,
    seconds: (performance.now() - started) / 1000,
  };
};

const NEED_RULES = new Map(
  RULES.flatMap((rule) =>
    rule.event.type === "need" && rule.event.params.capability ? [[rule.name, rule.event.params] as const] : [],
  ),
);

/**
 * Whether a reason from a capability need says what the matrix says: its impact gives the level it claims (0
 * native, the add-on or edition cost, or the cost of failing), which must be the platform's cell. Undefined for
 * reasons that are not about a capability.
 */
const reasonLevel = (reason: Reason, platform: AnyPlatformId): "match" | "mismatch" | undefined => {
  const params = reason.rule ? NEED_RULES.get(reason.rule) : undefined;
  if (!params?.capability || reason.impact === null) return undefined;
  const cell = BUILT_IN_CATALOGUE.cell(BUILT_IN_CATALOGUE.indexOf(platform), params.capability);
  return needImpact(params, cell.level) === reason.impact ? "match" : "mismatch";
};

/** Whether the report is clean: every rule fires and no problem was found. */
export const isClean = (report: VerificationReport): boolean =>
  report.neverFired.length === 0 && Object.keys(report.counts).length === 0;
