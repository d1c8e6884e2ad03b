import { Answers, pruneAnswers, type Recommendation, serviceName } from "@platform-advisor/model";
import type { Engine } from "json-rules-engine";
import { effectiveAnswers, resolveAnswers } from "./assumptions.ts";
import { evaluate } from "./compiled.ts";
import { findConflicts } from "./conflicts.ts";
import { createEngine, runEngine } from "./engine.ts";
import { deriveFacts } from "./facts.ts";
import { growthPath } from "./growth.ts";
import { SCORING, scoreAll } from "./scoring.ts";
import { RULESET_VERSION } from "./version.ts";
import { findWhatIfs } from "./what-if.ts";

export interface RecommendOptions {
  /**
   * Which evaluator explains the answer: the compiled rules (default; proven to fire exactly what
   * json-rules-engine fires) or json-rules-engine itself.
   */
  engine?: "compiled" | "json-rules-engine";
}

let engine: Engine | undefined;

/**
 * Ranks every platform for the answers, with reasons that add up to each platform's points, conflicts with
 * stated preferences, assumptions, ignored answers, what-ifs and a growth path. Throws a ZodError on bad input.
 */
export const recommend = async (input: unknown, options: RecommendOptions = {}): Promise<Recommendation> => {
  const { asked, ignored } = pruneAnswers(Answers.parse(input));
  const { resolved, assumptions } = resolveAnswers(asked);
  const facts = deriveFacts(resolved);
  if (options.engine === "json-rules-engine") engine ??= createEngine();
  const firings = options.engine === "json-rules-engine" && engine ? await runEngine(engine, facts) : evaluate(facts);
  const { requirements, scored, tally } = scoreAll(facts, firings);
  const ranking = scored.map(({ platform, eligible, score, points, reasons }, index) => ({
    platform: platform.id,
    name: serviceName(platform, facts.hosting),
    rank: index + 1,
    score,
    points,
    eligible,
    complexity: platform.complexity.value,
    capability: platform.capability.value,
    reasons,
  }));
  const [first, second] = ranking;
  if (!first?.eligible) throw new Error("No eligible platform: the rules exclude every platform for these answers");
  const growth = growthPath(asked, resolved, first.platform);
  return {
    recommended: first.platform,
    ranking,
    assumptions,
    whatIf: findWhatIfs(asked, resolved, first.platform),
    growthPath: growth.steps,
    growthSummary: growth.summary,
    basePoints: SCORING.base,
    margin: Math.round((first.points - (second?.eligible ? second.points : 0)) * 10) / 10,
    conflicts: findConflicts(
      asked,
      facts,
      firings,
      tally,
      scored.map((entry) => entry.index),
    ),
    ignored,
    requirements,
    answers: effectiveAnswers(resolved),
    rulesetVersion: RULESET_VERSION,
  };
};
