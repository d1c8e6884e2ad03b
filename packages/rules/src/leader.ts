import type { Answers, PlatformId } from "@platform-advisor/model";
import { resolveAnswers } from "./assumptions.ts";
import { evaluateEvents } from "./compiled.ts";
import { deriveFacts } from "./facts.ts";
import { scoreAll } from "./scoring.ts";

/** The ranking of valid answers without explanations: for what-if searches, growth paths and sweeps. */
export const quickRanking = (answers: Answers) => {
  const facts = deriveFacts(resolveAnswers(answers).resolved);
  return scoreAll(facts, evaluateEvents(facts), false);
};

/** The platform that leads for valid answers. */
export const leaderOf = (answers: Answers): PlatformId => quickRanking(answers).scored[0]!.platform.id;
