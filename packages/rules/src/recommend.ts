import { Answers, type Recommendation } from "@platform-advisor/model";
import type { Engine } from "json-rules-engine";
import { effectiveAnswers, resolveAnswers } from "./assumptions.ts";
import { evaluate } from "./compiled.ts";
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

/** Ranks every platform for the answers, with reasons, assumptions, what-ifs and a growth path. Throws a ZodError on bad input. */
export const recommend = async (input: unknown, options: RecommendOptions = {}): Promise<Recommendation> => {
  const answers = Answers.parse(input);
  const { resolved, assumptions } = resolveAnswers(answers);
  const facts = deriveFacts(resolved);
  if (options.engine === "json-rules-engine") engine ??= createEngine();
  const firings = options.engine === "json-rules-engine" && engine ? await runEngine(engine, facts) : evaluate(facts);
  const { requirements, scored } = scoreAll(facts, firings);
  const ranking = scored.map(({ platform, eligible, score, raw, reasons }, index) => ({
    platform: platform.id,
    name: platform.name,
    rank: index + 1,
    score,
    points: raw,
    eligible,
    complexity: platform.complexity.value,
    capability: platform.capability.value,
    reasons,
  }));
  const [first, second] = ranking;
  if (!first?.eligible) throw new Error("No eligible platform: the rules exclude every platform for these answers");
  return {
    recommended: first.platform,
    ranking,
    assumptions,
    whatIf: findWhatIfs(answers, resolved, first.platform),
    growthPath: growthPath(answers, resolved),
    basePoints: SCORING.base,
    margin: Math.max(0, Math.round((first.points - (second?.points ?? first.points)) * 10) / 10),
    conflicts: [],
    ignored: [],
    requirements,
    answers: effectiveAnswers(resolved),
    rulesetVersion: RULESET_VERSION,
  };
};
