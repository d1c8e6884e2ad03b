import type { Answers, PlatformId } from "@platform-advisor/model";
import { resolveValues } from "./assumptions.ts";
import { firedEvents } from "./compiled.ts";
import { deriveFacts } from "./facts.ts";
import { type Scored, topTwo } from "./scoring.ts";

/** The first two platforms (unexplained) for valid answers: for what-if searches, growth paths and sweeps. */
export const leadersOf = (answers: Answers): [Scored, Scored] => {
  const facts = deriveFacts(resolveValues(answers));
  return topTwo(facts, firedEvents(facts));
};

/** The platform that leads for valid answers. */
export const leaderOf = (answers: Answers): PlatformId => leadersOf(answers)[0].platform.id;
