import { HostingTarget, PlatformId, Trait } from "@platform-advisor/model";
import { z } from "zod";

const OPERATORS = [
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
] as const;
export const Operator = z.enum(OPERATORS);
export type Operator = z.infer<typeof Operator>;

export interface FactCondition {
  fact: string;
  operator: Operator;
  value: unknown;
}
export type Condition =
  | FactCondition
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { condition: string };

export const FactConditionSchema = z.strictObject({ fact: z.string(), operator: Operator, value: z.unknown() });
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    FactConditionSchema,
    z.strictObject({ all: z.array(ConditionSchema) }),
    z.strictObject({ any: z.array(ConditionSchema) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ condition: z.string() }),
  ]),
);
export const TopLevelCondition = z.union([
  z.strictObject({ all: z.array(ConditionSchema) }),
  z.strictObject({ any: z.array(ConditionSchema) }),
  z.strictObject({ not: ConditionSchema }),
  z.strictObject({ condition: z.string() }),
]);

/** Which platforms an event applies to: the union of every selector given. */
const Target = {
  platforms: z.array(PlatformId).optional(),
  traits: z.array(Trait).optional().describe("Platforms with any of these traits."),
  lacking: z.array(Trait).optional().describe("Platforms lacking any of these traits."),
  notRunningOn: HostingTarget.optional().describe("Platforms that do not run there."),
  currentPlatform: z.literal(true).optional().describe("The platform the team runs today."),
};
const Cited = { reason: z.string().min(1), source: z.string().min(1) };

export const RuleEvent = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("exclude"), params: z.strictObject({ ...Target, ...Cited }) }),
  z.strictObject({
    type: z.literal("adjust"),
    params: z.strictObject({ ...Target, ...Cited, points: z.number().refine((n) => n !== 0) }),
  }),
  z.strictObject({
    type: z.literal("require"),
    params: z.strictObject({ ...Cited, capability: z.number().min(0).max(10) }),
  }),
  z.strictObject({
    type: z.literal("weigh"),
    params: z.union([
      z.strictObject({ ...Cited, complexityWeight: z.number().positive() }),
      z.strictObject({ ...Cited, factor: z.number().positive() }),
    ]),
  }),
]);
export type RuleEvent = z.infer<typeof RuleEvent>;
export type TargetParams = Extract<RuleEvent, { type: "exclude" }>["params"];

export const RuleSchema = z.strictObject({
  name: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
  conditions: TopLevelCondition,
  event: RuleEvent,
});
export interface Rule {
  name: string;
  conditions: Condition;
  event: RuleEvent;
}

export const RuleFile = z.array(RuleSchema).min(1);
export const ConditionsFile = z.record(z.string(), TopLevelCondition);
