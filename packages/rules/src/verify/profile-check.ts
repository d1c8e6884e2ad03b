import type { Answers, OrgProfile } from "@platform-advisor/model";
import { resolveValues } from "../assumptions.ts";
import { firedRules } from "../compiled.ts";
import { deriveFacts } from "../facts.ts";
import { profileFirings, withProfileDefaults } from "../profile.ts";
import { RULES } from "../ruleset.ts";
import { topTwo } from "../scoring.ts";
import { coveringSpace, exhaustiveSeedSpace } from "./answer-space.ts";

export interface ProfileCheck {
  checked: number;
  /** Answer sets for which the profile leaves no platform eligible. */
  noEligible: number;
  examples: Answers[];
}

const MAX_EXAMPLES = 20;

/** Walks the verification sweep under a profile and finds the answer sets it leaves with no eligible platform. */
export const checkProfile = (profile: OrgProfile): ProfileCheck => {
  const events = profileFirings(profile).map((firing) => firing.event);
  const result: ProfileCheck = { checked: 0, noEligible: 0, examples: [] };
  const check = (given: Answers) => {
    const { answers } = withProfileDefaults(profile, given);
    const facts = deriveFacts(resolveValues(answers));
    const fired = firedRules(facts).map((index) => RULES[index]!.event);
    const [first] = topTwo(facts, [...fired, ...events]);
    result.checked++;
    if (first.eligible) return;
    result.noEligible++;
    if (result.examples.length < MAX_EXAMPLES) result.examples.push(given);
  };
  for (const answers of exhaustiveSeedSpace()) check(answers);
  for (const answers of coveringSpace()) check(answers);
  return result;
};
