import {
  type Answers,
  type Catalogue,
  type Conflict,
  type QuestionId,
  type RequirementQuestion,
  serviceName,
} from "@platform-advisor/model";
import { fillReason } from "./explain.ts";
import type { Facts } from "./facts.ts";
import type { Firing } from "./firing.ts";
import { needImpacts, needLevels } from "./need-levels.ts";
import { picks, type Tally, unmetOf } from "./scoring.ts";

/** A fired event that honours an answer: a `need` (the feature) or a preference (`rate` with a question). */
interface Honouring {
  question: RequirementQuestion;
  key: string;
  points: number;
  firing: Firing;
  honours: (index: number) => boolean;
}

const honouringOf = (firing: Firing, facts: Facts, catalogue: Catalogue): Honouring | null => {
  const { event } = firing;
  if (event.type === "need") {
    const { question, key } = event.params;
    const levels = needLevels(catalogue, event.params);
    const points = -Math.min(...needImpacts(catalogue, event.params));
    return { question, key, points, firing, honours: (i) => levels[i] !== "none" };
  }
  if (event.type === "rate" && event.params.question && event.params.points > 0) {
    const hits = picks(catalogue, event.params, facts);
    return {
      question: event.params.question,
      key: event.params.key,
      points: event.params.points,
      firing,
      honours: (i) => hits[i] === true,
    };
  }
  return null;
};

/** Whether the team answered a question itself: a built-in one, or one of the profile's (`custom.<id>`). */
const answered = (explicit: Answers, question: RequirementQuestion): boolean =>
  question.startsWith("custom.")
    ? explicit.custom?.[question.slice("custom.".length)] !== undefined
    : explicit[question as QuestionId] !== undefined;

const plural = (points: number) => `${points} point${points === 1 ? "" : "s"}`;

const pointsOf = (t: Tally, i: number): number => {
  const points = t.points[i];
  if (points === undefined) throw new Error(`findConflicts: the tally has no points for platform ${i}`);
  return points;
};

/**
 * The explicit answers the recommended platform does not honour, one per answer and fact, each naming the best
 * eligible platform that honours it and how far behind it is.
 */
export const findConflicts = (
  explicit: Answers,
  facts: Facts,
  firings: readonly Firing[],
  t: Tally,
  order: readonly number[],
): Conflict[] => {
  const [winner] = order;
  if (winner === undefined) throw new Error("findConflicts: an empty ranking has no recommended platform");
  const { catalogue } = t;
  const leader = catalogue.platforms[winner];
  if (!leader) throw new Error(`findConflicts: no platform at catalogue index ${winner}`);
  const strongest = new Map<string, Honouring>();
  for (const firing of firings) {
    const honouring = honouringOf(firing, facts, catalogue);
    if (!honouring || !answered(explicit, honouring.question) || honouring.honours(winner)) continue;
    const seen = strongest.get(honouring.key);
    if (!seen || honouring.points > seen.points) strongest.set(honouring.key, honouring);
  }
  return [...strongest.values()].map(({ question, firing, honours, firing: { event } }) => {
    const template = event.type === "need" || event.type === "rate" ? (event.params.conflict ?? "") : "";
    const said = fillReason(template, firing.facts, serviceName(leader, facts.hosting));
    // The best option must itself be plausible: eligible (so it runs where you host) and honouring the management
    // answer too, unless that answer is the one in conflict.
    const best = order.find(
      (i) =>
        t.eligible[i] &&
        honours(i) &&
        (question === "management" || !unmetOf(t, i, firings, facts).some((unmet) => unmet.question === "management")),
    );
    const behind = best === undefined ? 0 : Math.round((pointsOf(t, winner) - pointsOf(t, best)) * 10) / 10;
    const option = best === undefined ? undefined : catalogue.platforms[best];
    const tail = option
      ? `The best option that honours it is ${serviceName(option, facts.hosting)}, ${plural(behind)} behind.`
      : "No platform that fits your other answers honours it.";
    return { question, text: `${said}. ${tail}` };
  });
};
