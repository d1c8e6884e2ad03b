import {
  type Answers,
  type AnyPlatformId,
  catalogueOf,
  type GrowthStep,
  type OrgProfile,
  QUESTIONNAIRE,
  serviceName,
} from "@platform-advisor/model";
import type { Resolved } from "./assumptions.ts";
import { type LeadersFn, leadersOf, leadersWithNumber } from "./leader.ts";
import { countText } from "./what-if.ts";

export const GROWTH_FACTORS = [2, 5, 10] as const;
export const GROWTH_DIMENSIONS = ["containerCount", "hostCount", "teamSize"] as const;
type Dimension = (typeof GROWTH_DIMENSIONS)[number];

const maxOf = (id: Dimension) => QUESTIONNAIRE.find((question) => question.id === id)?.max ?? Number.MAX_SAFE_INTEGER;

/** A count grown by a factor, kept within what the question accepts. */
export const grownValue = (dimension: Dimension, value: number, factor: number): number =>
  Math.min(maxOf(dimension), value * factor);

const AXIS: Record<Dimension, string> = { containerCount: "containers", hostCount: "hosts", teamSize: "team size" };

/** Step texts as one sentence: "At 2× (...), X leads; at 5× (...), Y leads". */
const joined = (steps: readonly GrowthStep[]) =>
  steps.map((step, k) => (k === 0 ? step.text : step.text.replace(/^At /, "at "))).join("; ");

/** Who leads at each growth factor along one dimension (null where a profile leaves no platform eligible). */
export const growthLeaders = (
  answers: Answers,
  resolved: Resolved,
  dimension: Dimension,
  profile?: OrgProfile,
  search: LeadersFn = leadersOf,
): (AnyPlatformId | null)[] =>
  GROWTH_FACTORS.map((factor) => {
    const leaders = leadersWithNumber(
      search,
      answers,
      dimension,
      grownValue(dimension, resolved[dimension], factor),
      profile,
    );
    return leaders.eligible ? leaders.first : null;
  });

/**
 * Where the leader changes as containers, hosts and the team grow two, five and ten times. Only changes of
 * leader are steps, and a platform the team has outgrown on that axis is never offered again.
 */
export const growthPath = (
  answers: Answers,
  resolved: Resolved,
  today: AnyPlatformId,
  profile?: OrgProfile,
  search: LeadersFn = leadersOf,
): { steps: GrowthStep[]; summary: string } => {
  const steps: GrowthStep[] = [];
  const steady: string[] = [];
  // Only numbers the team gave grow: twice an assumed count is no answer of theirs, and giving it would change
  // more than its size (the decision tree reads only given counts).
  const axes = GROWTH_DIMENSIONS.filter((dimension) => answers[dimension] !== undefined);
  for (const dimension of axes) {
    const outgrown = new Set<AnyPlatformId>();
    let current = today;
    const leaders = growthLeaders(answers, resolved, dimension, profile, search);
    GROWTH_FACTORS.forEach((factor, k) => {
      const leader = leaders[k];
      if (!leader || leader === current || outgrown.has(leader)) return;
      outgrown.add(current);
      current = leader;
      const value = grownValue(dimension, resolved[dimension], factor);
      steps.push({
        dimension,
        factor,
        value,
        recommended: leader,
        text: `At ${factor}× (${countText(dimension, value)}), ${serviceName(catalogueOf(profile).platform(leader), resolved.hosting)} leads`,
      });
    });
    if (current === today) steady.push(AXIS[dimension]);
  }
  const name = serviceName(catalogueOf(profile).platform(today), resolved.hosting);
  const summary =
    axes.length === 0
      ? "Give the containers, hosts or team size to see whether growth changes the answer."
      : steps.length === 0
        ? axes.length === GROWTH_DIMENSIONS.length
          ? `${name} stays best up to 10× on every axis (containers, hosts and team size).`
          : `${name} stays best up to 10× on ${axes.map((dimension) => AXIS[dimension]).join(" and ")}.`
        : steady.length === 0
          ? `${joined(steps)}.`
          : `${joined(steps)}; ${name} stays best up to 10× on ${steady.join(" and ")}.`;
  return { steps, summary };
};
