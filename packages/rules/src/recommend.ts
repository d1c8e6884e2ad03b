import {
  Answers,
  type OrgProfile,
  pruneAnswers,
  pruneShaped,
  pruneToPath,
  QUESTIONNAIRE,
  type Recommendation,
  type RecommendationSummary,
  serviceName,
  summarise,
} from "@platform-advisor/model";
import type { Engine } from "json-rules-engine";
import { effectiveAnswers, resolveAnswers } from "./assumptions.ts";
import { certaintyOf, mattersFor } from "./certainty.ts";
import { evaluate } from "./compiled.ts";
import { findConflicts } from "./conflicts.ts";
import { createEngine, runEngine } from "./engine.ts";
import { deriveFacts } from "./facts.ts";
import { growthPath } from "./growth.ts";
import { leaderSearchFrom } from "./leader.ts";
import { NoEligiblePlatformError } from "./no-eligible-platform.ts";
import { checkCustomAnswers, orgOf } from "./org.ts";
import { profileRef, withProfileDefaults } from "./profile.ts";
import { referenceLeadersOf } from "./reference-leader.ts";
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
  /**
   * How what-ifs and the growth path find each candidate's leader: the incremental search (default) or the
   * unoptimised reference it is proven against (`npm run verify`), for checks and benchmarks. Same result.
   */
  leaderSearch?: "fast" | "reference";
}

/** json-rules-engine, made on first use: most callers take the compiled rules and never need it. */
const jsonRulesEngine = (() => {
  let made: Engine | undefined;
  return () => {
    made ??= createEngine();
    return made;
  };
})();

/**
 * The decision without what-ifs and the growth path: the ranking (with reasons when `explain`), certainty and
 * conflicts. `recommend` adds the searches; the compact view (`recommendSummary`) needs only this.
 */
const decide = async (input: unknown, options: RecommendOptions, explain: boolean) => {
  const parsed = Answers.parse(input);
  checkCustomAnswers(options.profile, parsed.custom);
  const pruned = pruneAnswers(parsed);
  const { ignored } = pruned;
  // The profile's own questions are asked on every path: their answers stay with the built-in ones.
  const asked = parsed.custom ? { ...pruned.asked, custom: parsed.custom } : pruned.asked;
  // Profile: its defaults fill what the team left unanswered (reported as the profile's assumptions); they are not
  // the team's own answers, so they never make a conflict.
  const withDefaults = withProfileDefaults(options.profile, asked);
  const { resolved, assumptions } = resolveAnswers(pruneToPath(QUESTIONNAIRE, withDefaults.answers));
  const facts = deriveFacts(resolved);
  const ruled = options.engine === "json-rules-engine" ? await runEngine(jsonRulesEngine(), facts) : evaluate(facts);
  // The organisation: its exclusions, adjustments and its questions' requirements are scored and explained like
  // the rules' own events, over its catalogue.
  const org = orgOf(options.profile, parsed.custom);
  const firings = [...ruled, ...org.firings];
  const { requirements, scored, tally } = scoreAll(facts, firings, org, { explain });
  const ranking = scored.map(({ platform, eligible, score, points, reasons, unmet }, index) => ({
    platform: platform.id,
    name: serviceName(platform, facts.hosting),
    rank: index + 1,
    score,
    points,
    eligible,
    complexity: platform.complexity.value,
    capability: platform.capability.value,
    unmet,
    reasons,
  }));
  const [first, second] = ranking;
  const leader = scored[0];
  if (!first?.eligible || !leader) {
    throw new NoEligiblePlatformError(
      options.profile
        ? "No eligible platform: the organisation profile and the rules exclude every platform for these answers"
        : "No eligible platform: the rules exclude every platform for these answers",
    );
  }
  const scoreMargin = Math.round((first.score - (second?.eligible ? second.score : 0)) * 10) / 10;
  const shown = [...withDefaults.assumptions, ...assumptions].filter((assumption) =>
    mattersFor(assumption.question, leader.platform, resolved.hosting),
  );
  return {
    parsed,
    withDefaults,
    resolved,
    decision: {
      recommended: first.platform,
      ranking,
      assumptions: shown,
      basePoints: SCORING.base,
      margin: Math.round((first.points - (second?.eligible ? second.points : 0)) * 10) / 10,
      scoreMargin,
      certainty: certaintyOf(
        first,
        second?.eligible ? second : undefined,
        scoreMargin,
        asked,
        shown,
        org.catalogue.questions,
      ),
      conflicts: findConflicts(
        asked,
        facts,
        firings,
        tally,
        scored.map((entry) => entry.index),
      ),
      ignored,
      ...(options.profile ? { profile: profileRef(options.profile) } : {}),
      requirements,
      answers: parsed.custom ? { ...effectiveAnswers(resolved), custom: parsed.custom } : effectiveAnswers(resolved),
      rulesetVersion: RULESET_VERSION,
    },
  };
};

/**
 * Ranks every platform for the answers, with reasons that add up to each platform's points, conflicts with
 * stated preferences, assumptions, ignored answers, what-ifs and a growth path. Throws a ZodError on bad input.
 */
export const recommend = async (input: unknown, options: RecommendOptions = {}): Promise<Recommendation> => {
  const { parsed, withDefaults, resolved, decision } = await decide(input, options, true);
  // The what-ifs and growth steps each copy these answers with one change: copies of one object shape (every
  // question's key, undefined where unanswered) are read far faster than copies of objects of varied shapes.
  // What-ifs start from every answer given, hidden ones included: a change that shows a question again (no longer
  // serverless: how many hosts?) meets the team's own answer to it, as the questionnaire would.
  const given = { ...pruneShaped({}), ...withProfileDefaults(options.profile, parsed).answers };
  const base = pruneShaped(withDefaults.answers);
  const search = options.leaderSearch === "reference" ? referenceLeadersOf : leaderSearchFrom(given, options.profile);
  const growth = growthPath(base, resolved, decision.recommended, options.profile, search);
  const { recommended, ranking, assumptions, ...rest } = decision;
  return {
    recommended,
    ranking,
    assumptions,
    whatIf: findWhatIfs(given, resolved, recommended, options.profile, search),
    growthPath: growth.steps,
    growthSummary: growth.summary,
    ...rest,
  };
};

/**
 * The compact view (contract v3 `view=summary`) without the work only the full view shows: no reasons, what-ifs or
 * growth path. The same fields, and the same values, as `summarise(await recommend(input, options))`.
 */
export const recommendSummary = async (
  input: unknown,
  options: Omit<RecommendOptions, "leaderSearch"> = {},
): Promise<RecommendationSummary> => summarise((await decide(input, options, false)).decision);
