import { CATALOGUE, type PlatformId } from "@platform-advisor/model";

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

const platformAt = (i: number) => {
  const platform = CATALOGUE[i];
  if (!platform) throw new Error(`leaders.ts: no platform at catalogue index ${i}`);
  return platform;
};
const pointsAt = (points: ArrayLike<number>, i: number) => {
  const value = points[i];
  if (value === undefined) throw new Error(`leaders.ts: the tally has no points for catalogue index ${i}`);
  return value;
};

/**
 * The leaders of a tally (any of the value model's: `eligible` as flags or booleans) whose first two in ranking
 * order are `first` and `second`: the one place a margin between them is worked out.
 */
export const leadersAmong = (
  eligible: ArrayLike<number | boolean>,
  points: ArrayLike<number>,
  first: number,
  second: number,
): Leaders => {
  const contested = Boolean(eligible[second]);
  const lead = pointsAt(points, first);
  return {
    eligible: Boolean(eligible[first]),
    first: platformAt(first).id,
    second: platformAt(second).id,
    margin: contested ? Math.round((lead - pointsAt(points, second)) * 10) / 10 : lead,
    contested,
  };
};
