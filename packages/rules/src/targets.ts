import type { Platform } from "@platform-advisor/model";
import type { Facts } from "./facts.ts";
import type { TargetParams } from "./rule-schema.ts";

/** Whether an event's selectors pick this platform: by id, by trait, by a trait it lacks, or by where it runs. */
export const targets = (params: Partial<TargetParams>, platform: Platform, facts: Facts): boolean =>
  (params.platforms?.includes(platform.id) ?? false) ||
  (params.traits?.some((trait) => platform.traits.includes(trait)) ?? false) ||
  (params.lacking?.some((trait) => !platform.traits.includes(trait)) ?? false) ||
  (params.notRunningOn !== undefined && !platform.runsOn.value.includes(params.notRunningOn)) ||
  (params.currentPlatform === true && facts.currentPlatform === platform.id);
