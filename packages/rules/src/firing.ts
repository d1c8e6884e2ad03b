import type { RuleEvent } from "./rule-schema.ts";

/** A rule whose conditions held: its event and the fact values its conditions read. */
export interface Firing {
  rule: string;
  event: RuleEvent;
  facts: Record<string, unknown>;
}

/** A condition result as json-rules-engine reports it (and the compiled evaluator mirrors). */
export interface ConditionResult {
  fact?: string;
  factResult?: unknown;
  result?: boolean;
  all?: ConditionResult[];
  any?: ConditionResult[];
  not?: ConditionResult;
}

/** The fact values a fired rule's conditions read, in the order they appear. */
export const factsOf = (result: ConditionResult, into: Record<string, unknown> = {}): Record<string, unknown> => {
  if (result.fact !== undefined && "factResult" in result) into[result.fact] = result.factResult;
  for (const child of result.all ?? []) factsOf(child, into);
  for (const child of result.any ?? []) factsOf(child, into);
  if (result.not) factsOf(result.not, into);
  return into;
};
