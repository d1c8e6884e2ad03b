import { z } from "zod";
import { AnyPlatformId } from "./platform-id.ts";
import { Certainty, Conflict, ProfileRef, RankedPlatform, Recommendation } from "./recommendation.ts";

/** One platform of the compact view: where it ranks and what it misses, without its reasons. */
export const RankedPlatformSummary = RankedPlatform.pick({
  platform: true,
  name: true,
  rank: true,
  score: true,
  points: true,
  eligible: true,
  unmet: true,
}).meta({ id: "RankedPlatformSummary" });
export type RankedPlatformSummary = z.infer<typeof RankedPlatformSummary>;

/**
 * The compact view of a recommendation (`view=summary`, contract v3): the pick, how sure it is and the
 * ranking without reasons; about a tenth of the full view, for a badge, a scorecard or a CI gate.
 */
export const RecommendationSummary = z
  .object({
    recommended: AnyPlatformId,
    name: z.string().describe("The recommended platform's name."),
    score: RankedPlatform.shape.score,
    points: z.number().describe("The recommended platform's points."),
    certainty: Certainty,
    margin: Recommendation.shape.margin,
    scoreMargin: Recommendation.shape.scoreMargin,
    conflicts: z.array(Conflict).describe("Explicit answers that the recommended platform does not honour."),
    ranking: z.array(RankedPlatformSummary).describe("Every platform, in the full view's order."),
    rulesetVersion: z.string(),
    profile: ProfileRef.optional().describe("The organisation profile in force, when there is one."),
  })
  .meta({ id: "RecommendationSummary" });
export type RecommendationSummary = z.infer<typeof RecommendationSummary>;

/** The compact view of a recommendation: the same facts, fields in the schema's order, no reasons. */
export const summarise = (
  recommendation: Pick<
    Recommendation,
    "recommended" | "ranking" | "certainty" | "margin" | "scoreMargin" | "conflicts" | "rulesetVersion" | "profile"
  >,
): RecommendationSummary => {
  const leader = recommendation.ranking[0];
  if (!leader) throw new Error("A recommendation ranks at least one platform.");
  return {
    recommended: recommendation.recommended,
    name: leader.name,
    score: leader.score,
    points: leader.points,
    certainty: recommendation.certainty,
    margin: recommendation.margin,
    scoreMargin: recommendation.scoreMargin,
    conflicts: recommendation.conflicts,
    ranking: recommendation.ranking.map(({ platform, name, rank, score, points, eligible, unmet }) => ({
      platform,
      name,
      rank,
      score,
      points,
      eligible,
      unmet,
    })),
    rulesetVersion: recommendation.rulesetVersion,
    ...(recommendation.profile ? { profile: recommendation.profile } : {}),
  };
};
