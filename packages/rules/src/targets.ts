import type { HostingTarget, Platform } from "@platform-advisor/model";
import type { Facts } from "./facts.ts";
import type { TargetParams } from "./rule-schema.ts";

/**
 * Whether a platform serves a hosting target. A runtime on edge devices serves a cloud it is managed from
 * when the workload runs on edge devices too: the hosting spans the devices and the cloud that runs them.
 */
export const serves = (platform: Platform, target: HostingTarget, hosting: readonly HostingTarget[]): boolean =>
  platform.runsOn.value.includes(target) ||
  (hosting.includes("edge") &&
    platform.runsOn.value.includes("edge") &&
    (platform.managedFrom?.value.includes(target) ?? false));

/** Whether an event's selectors pick this platform: by id, by trait, by a trait it lacks, or by where it runs. */
export const targets = (params: TargetParams, platform: Platform, facts: Facts): boolean =>
  (params.platforms?.includes(platform.id) ?? false) ||
  (params.traits?.some((trait) => platform.traits.includes(trait)) ?? false) ||
  (params.lacking?.some((trait) => !platform.traits.includes(trait)) ?? false) ||
  (params.notRunningOn !== undefined && !serves(platform, params.notRunningOn, facts.hosting)) ||
  (params.currentPlatform === true && facts.currentPlatform === platform.id);

/** Whether an event names any selector at all; a `weigh` without one applies to every platform. */
export const hasTargets = (params: TargetParams): boolean =>
  params.platforms !== undefined ||
  params.traits !== undefined ||
  params.lacking !== undefined ||
  params.notRunningOn !== undefined ||
  params.currentPlatform !== undefined;
