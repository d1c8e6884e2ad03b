import { createHash } from "node:crypto";
import { CATALOGUE } from "@platform-advisor/model";
import { RULES, SHARED_CONDITIONS } from "./ruleset.ts";
import { SCORING } from "./scoring.ts";

/** The semantic version of the rules; a hash of everything that decides a result is appended. */
const RULES_SEMVER = "1.0.0";

/** Semver plus a hash of the rules, shared conditions, scoring constants and catalogue: any edit changes it. */
export const RULESET_VERSION = `${RULES_SEMVER}+${createHash("sha256")
  .update(JSON.stringify({ rules: RULES, conditions: SHARED_CONDITIONS, scoring: SCORING, catalogue: CATALOGUE }))
  .digest("hex")
  .slice(0, 12)}`;
