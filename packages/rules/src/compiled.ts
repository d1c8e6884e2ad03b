import { FACT_READERS, type Facts } from "./facts.ts";
import type { Firing } from "./firing.ts";
import type { Condition, FactCondition, Operator, Rule, RuleEvent } from "./rule-schema.ts";
import { RULES, SHARED_CONDITIONS } from "./ruleset.ts";

type Test = (facts: Facts) => boolean;
type Read = (facts: Facts, into: Record<string, unknown>) => void;

/** json-rules-engine's number validator, with a fast path for numbers that gives the same answer. */
const isNumeric = (value: unknown) =>
  typeof value === "number" ? !Number.isNaN(value) : Number.parseFloat(value as string).toString() !== "NaN";

/** json-rules-engine's default operators, with their fact-value validators. */
const OPERATORS: Record<Operator, (fact: unknown, value: unknown) => boolean> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as unknown[]).indexOf(a) > -1,
  notIn: (a, b) => (b as unknown[]).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
};

const resolve = (condition: Condition): Exclude<Condition, { condition: string }> => {
  if (!("condition" in condition)) return condition;
  const shared = SHARED_CONDITIONS[condition.condition];
  if (!shared) throw new Error(`No condition ${condition.condition} exists`);
  return resolve(shared);
};

const compileTest = (input: Condition): Test => {
  const condition = resolve(input);
  if ("all" in condition || "any" in condition) {
    const every = "all" in condition;
    const parts = (every ? (condition as { all: Condition[] }).all : (condition as { any: Condition[] }).any).map(
      compileTest,
    );
    if (parts.length === 0) return () => true;
    if (parts.length === 1) return parts[0]!;
    return (facts) => {
      for (const part of parts) if (part(facts) !== every) return !every;
      return every;
    };
  }
  if ("not" in condition) {
    const part = compileTest(condition.not);
    return (facts) => !part(facts);
  }
  const { fact, operator, value } = condition as FactCondition;
  return leafTest(FACT_READERS[fact as keyof Facts], operator, value);
};

/** One condition on one fact, as OPERATORS defines it, with the operator chosen once instead of on every test. */
const leafTest = (get: (facts: Facts) => unknown, operator: Operator, value: unknown): Test => {
  const compare = OPERATORS[operator];
  switch (operator) {
    case "equal":
      return (facts) => get(facts) === value;
    case "notEqual":
      return (facts) => get(facts) !== value;
    case "contains":
      return (facts) => {
        const list = get(facts);
        return Array.isArray(list) && list.indexOf(value) > -1;
      };
    case "doesNotContain":
      return (facts) => {
        const list = get(facts);
        return Array.isArray(list) && list.indexOf(value) === -1;
      };
    default:
      return (facts) => compare(get(facts), value);
  }
};

/** Every fact a condition reads; json-rules-engine evaluates all of them (one priority set, no short-circuit). */
const compileRead = (input: Condition): Read => {
  const condition = resolve(input);
  const children =
    "all" in condition
      ? condition.all
      : "any" in condition
        ? condition.any
        : "not" in condition
          ? [condition.not]
          : null;
  if (children) {
    const parts = children.map(compileRead);
    return (facts, into) => {
      for (const part of parts) part(facts, into);
    };
  }
  const key = (condition as FactCondition).fact as keyof Facts;
  return (facts, into) => {
    into[key] = facts[key];
  };
};

export interface CompiledRule {
  rule: Rule;
  test: Test;
  read: Read;
}

/** The rules compiled to plain closures (no eval): the same meaning as json-rules-engine, for bulk evaluation. */
export const compileRules = (rules: readonly Rule[] = RULES): CompiledRule[] =>
  rules.map((rule) => ({ rule, test: compileTest(rule.conditions), read: compileRead(rule.conditions) }));

const COMPILED = compileRules();

/** The indexes of the rules that fire on these facts. */
export const firedRules = (facts: Facts, compiled: readonly CompiledRule[] = COMPILED): number[] => {
  const fired: number[] = [];
  for (let index = 0; index < compiled.length; index++) if (compiled[index]!.test(facts)) fired.push(index);
  return fired;
};

/** The fired rules with their events and the fact values they read, in rule order. */
export const evaluate = (facts: Facts, compiled: readonly CompiledRule[] = COMPILED): Firing[] =>
  firedRules(facts, compiled).map((index) => {
    const { rule, read } = compiled[index]!;
    const values: Record<string, unknown> = {};
    read(facts, values);
    return { rule: rule.name, event: rule.event, facts: values };
  });

/** The events of the fired rules: enough to score, for searches and sweeps. */
export const firedEvents = (facts: Facts, compiled: readonly CompiledRule[] = COMPILED): RuleEvent[] => {
  const events: RuleEvent[] = [];
  for (const { rule, test } of compiled) if (test(facts)) events.push(rule.event);
  return events;
};
