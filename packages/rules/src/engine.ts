import { Engine } from "json-rules-engine";
import type { Facts } from "./facts.ts";
import { type ConditionResult, type Firing, factsOf } from "./firing.ts";
import type { RuleEvent } from "./rule-schema.ts";
import { RULES, SHARED_CONDITIONS } from "./ruleset.ts";

/** json-rules-engine loaded with every rule and shared condition: the engine of record. */
export const createEngine = (): Engine => {
  const engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false });
  for (const [name, condition] of Object.entries(SHARED_CONDITIONS)) {
    engine.setCondition(name, condition as Parameters<Engine["setCondition"]>[1]);
  }
  for (const rule of RULES) engine.addRule(rule as unknown as Parameters<Engine["addRule"]>[0]);
  return engine;
};

const ORDER = new Map(RULES.map((rule, index) => [rule.name, index]));

/** Runs json-rules-engine on the facts and returns the fired rules in rule order. */
export const runEngine = async (engine: Engine, facts: Facts): Promise<Firing[]> => {
  const { results } = await engine.run({ ...facts });
  return results
    .map((result) => ({
      rule: result.name,
      event: result.event as RuleEvent,
      facts: factsOf(result.conditions as ConditionResult),
    }))
    .sort((a, b) => (ORDER.get(a.rule) ?? 0) - (ORDER.get(b.rule) ?? 0));
};
