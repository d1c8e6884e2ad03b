import { type Answers, CATALOGUE, type OrgProfile, pruneToPath, QUESTIONNAIRE } from "@platform-advisor/model";
import { resolveValues } from "./assumptions.ts";
import { firedEvents } from "./compiled.ts";
import { deriveFacts } from "./facts.ts";
import type { Leaders } from "./leader.ts";
import { profileFirings, withProfileDefaults } from "./profile.ts";
import { tally, topTwo } from "./scoring.ts";

/**
 * The unoptimised leader search: the full tally (scoring.ts) over every rule, from scratch. `leadersOf` must give
 * the same answer for every input; the verification and the tests compare the two, and the benchmark times both.
 */
export const referenceLeadersOf = (answers: Answers, profile?: OrgProfile): Leaders => {
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
