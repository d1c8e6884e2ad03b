import { Answers, type OrgProfile, type Recommendation } from "@platform-advisor/model";
import type { Engine } from "json-rules-engine";
import { effectiveAnswers, resolveAnswers } from "./assumptions.ts";
import { evaluate } from "./compiled.ts";
import { createEngine, runEngine } from "./engine.ts";
import { deriveFacts } from "./facts.ts";
import { growthPath } from "./growth.ts";
import { NoEligiblePlatformError } from "./no-eligible-platform.ts";
import { profileExclusions, profileFirings, profileRef, withProfileDefaults } from "./profile.ts";
import { SCORING, scoreAll } from "./scoring.ts";
import { RULESET_VERSION } from "./version.ts";
import { findWhatIfs } from "./what-if.ts";

export interface RecommendOptions {
  /**
   * Which evaluator explains the answer: the compiled rules (default; proven to fire exactly what
   * json-rules-engine fires) or json-rules-engine itself.
   */
  engine?: "compiled" | "json-rules-engine";
  /** An organisation profile: its defaults, exclusions and adjustments take part in the decision (profile.ts). */
  profile?: OrgProfile;
}

let engine: Engine | undefined;

/** Ranks every platform for the answers, with reasons, assumptions, what-ifs and a growth path. Throws a ZodError on bad input. */
export const recommend = async (input: unknown, options: RecommendOptions = {}): Promise<Recommendation> => {
  // Profile: its defaults count as given answers, and are reported as assumptions from the profile.
  const { answers, assumptions: profileAssumptions } = withProfileDefaults(options.profile, Answers.parse(input));
  const { resolved, assumptions } = resolveAnswers(answers);
  const facts = deriveFacts(resolved);
  if (options.engine === "json-rules-engine") engine ??= createEngine();
  const firings = options.engine === "json-rules-engine" && engine ? await runEngine(engine, facts) : evaluate(facts);
  // Profile: its exclusions and adjustments are scored and explained like the rules' own events.
  const { requirements, scored } = scoreAll(facts, [...firings, ...profileFirings(options.profile)]);
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
  if (!first?.eligible)
    throw new NoEligiblePlatformError("No eligible platform: the rules exclude every platform for these answers");
  // Profile: what-ifs ignore the profile, so drop those that lead to a platform it excludes.
  const excluded = options.profile ? profileExclusions(options.profile) : new Map();
  return {
    recommended: first.platform,
    ranking,
    assumptions: [...profileAssumptions, ...assumptions],
    whatIf: findWhatIfs(answers, resolved, first.platform).filter((whatIf) => !excluded.has(whatIf.recommended)),
    growthPath: growthPath(answers, resolved),
    basePoints: SCORING.base,
    margin: Math.max(0, Math.round((first.points - (second?.points ?? first.points)) * 10) / 10),
    conflicts: [],
    ignored: [],
    ...(options.profile ? { profile: profileRef(options.profile) } : {}),
    requirements,
    answers: effectiveAnswers(resolved),
    rulesetVersion: RULESET_VERSION,
  };
};
