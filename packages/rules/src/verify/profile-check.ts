import type { Answers, OrgProfile } from "@platform-advisor/model";
import { leadersOf } from "../leader.ts";
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
  const result: ProfileCheck = { checked: 0, noEligible: 0, examples: [] };
  const check = (given: Answers) => {
    result.checked++;
    if (leadersOf(given, profile).eligible) return;
    result.noEligible++;
    if (result.examples.length < MAX_EXAMPLES) result.examples.push(given);
  };
  for (const answers of exhaustiveSeedSpace()) check(answers);
  for (const answers of coveringSpace()) check(answers);
  return result;
};
