import { createHash } from "node:crypto";
import { CATALOGUE, QUESTIONNAIRE } from "@platform-advisor/model";
import { CONTAINERS_PER_HOST, DEFAULTS, SINGLE_HOST_BELOW, SMALLEST_CLUSTER } from "./assumptions.ts";
import { GROWTH_DIMENSIONS, GROWTH_FACTORS } from "./growth.ts";
import { RULES, SHARED_CONDITIONS } from "./ruleset.ts";
import { SCORING } from "./scoring.ts";
import { MAX_WHAT_IFS, PLAUSIBLE_FACTOR } from "./what-if.ts";

/** The semantic version of the decision model; a hash of everything that decides a result is appended. */
const RULES_SEMVER = "2.0.0";

/** Functions (assumption defaults) enter the hash by their source text, so editing one changes the version. */
const replacer = (_: string, value: unknown) => (typeof value === "function" ? value.toString() : value);

/**
 * Semver plus a hash of every input that changes a result: rules, shared conditions, the catalogue, the
 * questionnaire (bounds, options, when each question is asked), scoring constants, assumption defaults,
 * growth factors and the what-if bounds.
 */
export const RULESET_VERSION = `${RULES_SEMVER}+${createHash("sha256")
  .update(
    JSON.stringify(
      {
        rules: RULES,
        conditions: SHARED_CONDITIONS,
        catalogue: CATALOGUE,
        questionnaire: QUESTIONNAIRE,
        scoring: SCORING,
        assumptions: { defaults: DEFAULTS, CONTAINERS_PER_HOST, SINGLE_HOST_BELOW, SMALLEST_CLUSTER },
        growth: { GROWTH_FACTORS, GROWTH_DIMENSIONS },
        whatIf: { MAX_WHAT_IFS, PLAUSIBLE_FACTOR },
      },
      replacer,
    ),
  )
  .digest("hex")
  .slice(0, 12)}`;
