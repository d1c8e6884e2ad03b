import { type Condition, ConditionsFile, type Rule, RuleFile } from "./rule-schema.ts";
import availability from "./rules/availability.json" with { type: "json" };
import sharedConditions from "./rules/conditions.json" with { type: "json" };
import environment from "./rules/environment.json" with { type: "json" };
import experience from "./rules/experience.json" with { type: "json" };
import hosting from "./rules/hosting.json" with { type: "json" };
import management from "./rules/management.json" with { type: "json" };
import migration from "./rules/migration.json" with { type: "json" };
import needs from "./rules/needs.json" with { type: "json" };
import scale from "./rules/scale.json" with { type: "json" };
import scaling from "./rules/scaling.json" with { type: "json" };
import team from "./rules/team.json" with { type: "json" };
import workloads from "./rules/workloads.json" with { type: "json" };

/** The rule files, by criterion. */
const FILES = {
  scale,
  team,
  hosting,
  availability,
  scaling,
  management,
  workloads,
  needs,
  experience,
  migration,
  environment,
} as const;

export type Criterion = keyof typeof FILES;

const loadRules = (): Rule[] =>
  Object.entries(FILES).flatMap(([criterion, rules]) => {
    const parsed = RuleFile.safeParse(rules);
    if (!parsed.success) throw new Error(`rules/${criterion}.json: ${parsed.error.message}`);
    for (const rule of parsed.data) {
      if (!rule.name.startsWith(`${criterion}.`)) throw new Error(`${rule.name} belongs in rules/${criterion}.json`);
    }
    return parsed.data as Rule[];
  });

/** Every rule, validated, in file order. */
export const RULES: readonly Rule[] = loadRules();

/** Named conditions that several rules share (`{ "condition": name }`). */
export const SHARED_CONDITIONS: Readonly<Record<string, Condition>> = ConditionsFile.parse(sharedConditions) as Record<
  string,
  Condition
>;

const names = new Set<string>();
for (const rule of RULES) {
  if (names.has(rule.name)) throw new Error(`Duplicate rule name ${rule.name}`);
  names.add(rule.name);
}
