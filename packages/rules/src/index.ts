export { assumedHostCount, resolveAnswers } from "./assumptions.ts";
export { compileRules, evaluate, firedEvents } from "./compiled.ts";
export { createEngine, runEngine } from "./engine.ts";
export { deriveFacts, type Facts } from "./facts.ts";
export type { Firing } from "./firing.ts";
export { leaderOf, leadersOf } from "./leader.ts";
export { NoEligiblePlatformError } from "./no-eligible-platform.ts";
export {
  profileExclusions,
  profileFirings,
  profileRef,
  profileSource,
  withProfileDefaults,
} from "./profile.ts";
export { PROFILE_MAX_BYTES, ProfileError, parseProfile, readProfileFile } from "./profile-file.ts";
export { type RecommendOptions, recommend, recommendSummary } from "./recommend.ts";
export { RULES, SHARED_CONDITIONS } from "./ruleset.ts";
export { RULESET_VERSION } from "./version.ts";
