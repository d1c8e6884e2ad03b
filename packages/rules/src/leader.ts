import {
  type Answers,
  CATALOGUE,
  type OrgProfile,
  type PlatformId,
  pruneToPath,
  QUESTIONNAIRE,
} from "@platform-advisor/model";
import { resolveValues } from "./assumptions.ts";
import { firedEvents } from "./compiled.ts";
import { deriveFacts } from "./facts.ts";
import { profileFirings, withProfileDefaults } from "./profile.ts";
import { tally, topTwo } from "./scoring.ts";

/** Who leads, the runner-up and the points between them. */
export interface Leaders {
  first: PlatformId;
  second: PlatformId;
  /** Points between the two; 0 when only a tie-break (simpler, then more capable) separates them. */
  margin: number;
  /** Whether the second is eligible at all. */
  contested: boolean;
  /** Whether the first is eligible (a profile can leave none). */
  eligible: boolean;
}

/**
 * The leader and runner-up (unexplained) for valid answers, on the same path `recommend()` takes: answers the
 * questionnaire would not ask are dropped first. For what-if searches, growth paths and sweeps.
 */
export const leadersOf = (answers: Answers, profile?: OrgProfile): Leaders => {
  const asked = pruneToPath(QUESTIONNAIRE, answers);
  const facts = deriveFacts(
    resolveValues(profile ? pruneToPath(QUESTIONNAIRE, withProfileDefaults(profile, asked).answers) : asked),
  );
  const fired = firedEvents(facts);
  const t = tally(facts, profile ? [...fired, ...profileFirings(profile).map((firing) => firing.event)] : fired);
  const [first, second] = topTwo(t);
  return {
    eligible: t.eligible[first]!,
    first: CATALOGUE[first]!.id,
    second: CATALOGUE[second]!.id,
    margin: t.eligible[second] ? Math.round((t.points[first]! - t.points[second]!) * 10) / 10 : t.points[first]!,
    contested: t.eligible[second]!,
  };
};

/** The platform that leads for valid answers. */
export const leaderOf = (answers: Answers, profile?: OrgProfile): PlatformId => leadersOf(answers, profile).first;
