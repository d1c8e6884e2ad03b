import { type Answers, type OrgProfile, pruneToPath, QUESTIONNAIRE } from "@platform-advisor/model";
import { resolveValues } from "./assumptions.ts";
import { firedRules } from "./compiled.ts";
import { deriveFacts } from "./facts.ts";
import { type Leaders, leadersAmong } from "./leaders.ts";
import { orgOf } from "./org.ts";
import { withProfileDefaults } from "./profile.ts";
import { RULES } from "./ruleset.ts";
import { tally, topTwo } from "./scoring.ts";

/**
 * The unoptimised leader search: every rule tested and the full tally (scoring.ts) from scratch, nothing kept
 * from an earlier call. `leadersOf` must give the same answer for every input; the verification and the tests
 * compare the two, and the benchmark times both.
 */
export const referenceLeadersOf = (answers: Answers, profile?: OrgProfile): Leaders => {
  const asked = pruneToPath(QUESTIONNAIRE, answers);
  const facts = deriveFacts(
    resolveValues(profile ? pruneToPath(QUESTIONNAIRE, withProfileDefaults(profile, asked).answers) : asked),
  );
  const fired = firedRules(facts).map((index) => {
    const rule = RULES[index];
    if (!rule) throw new Error(`reference-leader.ts: no rule at index ${index}`);
    return { rule: rule.name, event: rule.event };
  });
  const org = orgOf(profile, answers.custom);
  const t = tally(facts, [...fired, ...org.firings], org);
  const [first, second] = topTwo(t);
  return leadersAmong(org.catalogue.platforms, t.eligible, t.points, first, second);
};
