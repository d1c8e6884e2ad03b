import type { AnyPlatformId, Platform } from "@platform-advisor/model";

/** Who leads, the runner-up and the points between them. */
export interface Leaders {
  first: AnyPlatformId;
  second: AnyPlatformId;
  /** Points between the two; 0 when only a tie-break (simpler, then more capable) separates them. */
  margin: number;
  /** Whether the second is eligible at all. */
  contested: boolean;
  /** Whether the first is eligible (a profile can leave none). */
  eligible: boolean;
}

const platformAt = (platforms: readonly Platform[], i: number) => {
  const platform = platforms[i];
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
  platforms: readonly Platform[],
  eligible: ArrayLike<number | boolean>,
  points: ArrayLike<number>,
  first: number,
  second: number,
): Leaders => {
  const contested = Boolean(eligible[second]);
  const lead = pointsAt(points, first);
  return {
    eligible: Boolean(eligible[first]),
    first: platformAt(platforms, first).id,
    second: platformAt(platforms, second).id,
    margin: contested ? Math.round((lead - pointsAt(points, second)) * 10) / 10 : lead,
    contested,
  };
};
