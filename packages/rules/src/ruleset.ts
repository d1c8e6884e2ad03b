import { type Condition, ConditionsFile, type Rule, RuleFile } from "./rule-schema.ts";
import capability from "./rules/capability.json" with { type: "json" };
import sharedConditions from "./rules/conditions.json" with { type: "json" };
import fit from "./rules/fit.json" with { type: "json" };
import guidance from "./rules/guidance.json" with { type: "json" };
import migration from "./rules/migration.json" with { type: "json" };
import operability from "./rules/operability.json" with { type: "json" };
import preference from "./rules/preference.json" with { type: "json" };

/** The rule files, by criterion. */
const FILES = {
  fit,
  operability,
  capability,
  preference,
  migration,
  guidance,
} as const;

const loadRules = (): Rule[] =>
  Object.entries(FILES).flatMap(([criterion, rules]) => {
    const parsed = RuleFile.safeParse(rules);
    if (!parsed.success) throw new Error(`rules/${criterion}.json: ${parsed.error.message}`);
    for (const rule of parsed.data) {
      if (!rule.name.startsWith(`${criterion}.`)) throw new Error(`${rule.name} belongs in rules/${criterion}.json`);
      const declared = "criterion" in rule.event.params ? rule.event.params.criterion : undefined;
      if (declared !== undefined && declared !== criterion) {
        throw new Error(`${rule.name} is in rules/${criterion}.json but counts under ${declared}`);
      }
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
