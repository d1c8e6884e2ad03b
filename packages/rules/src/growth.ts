import { type Answers, type GrowthStep, platformById, QUESTIONNAIRE } from "@platform-advisor/model";
import type { Resolved } from "./assumptions.ts";
import { leaderOf } from "./leader.ts";
import { countText } from "./what-if.ts";

export const GROWTH_FACTORS = [2, 5, 10] as const;
const DIMENSIONS = ["containerCount", "hostCount", "teamSize"] as const;

const maxOf = (id: (typeof DIMENSIONS)[number]) =>
  QUESTIONNAIRE.find((question) => question.id === id)?.max ?? Number.MAX_SAFE_INTEGER;

/** A count grown by a factor, kept within what the question accepts. */
export const grownValue = (dimension: (typeof DIMENSIONS)[number], value: number, factor: number): number =>
  Math.min(maxOf(dimension), value * factor);

/** Who leads as containers, hosts and the team grow two, five and ten times. */
export const growthPath = (answers: Answers, resolved: Resolved): GrowthStep[] =>
  DIMENSIONS.flatMap((dimension) =>
    GROWTH_FACTORS.map((factor) => {
      const value = grownValue(dimension, resolved[dimension], factor);
      const recommended = leaderOf({ ...answers, [dimension]: value });
      return {
        dimension,
        factor,
        value,
        recommended,
        text: `At ${factor}× (${countText(dimension, value)}), ${platformById(recommended).name} leads`,
      };
    }),
  );
