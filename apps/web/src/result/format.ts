import type { AnyPlatformId, Recommendation } from "@platform-advisor/model";
import { platformNameIn } from "../api/platform-name.ts";

export { formatImpact, formatPoints } from "@platform-advisor/model";

/** A platform's display name from the ranking, which lists every platform, the organisation's own included. */
export const platformName = (recommendation: Recommendation, id: AnyPlatformId): string =>
  platformNameIn(id, recommendation.ranking);
