import {
  AnyPlatformId,
  CapabilityId,
  CustomCapabilityId,
  HostingTarget,
  RequirementQuestion,
  Trait,
} from "@platform-advisor/model";
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
  platforms: z.array(AnyPlatformId).optional(),
  traits: z.array(Trait).optional().describe("Platforms with any of these traits."),
  lacking: z.array(Trait).optional().describe("Platforms lacking any of these traits."),
  notRunningOn: HostingTarget.optional().describe("Platforms that do not run there."),
  currentPlatform: z.literal(true).optional().describe("The platform the team runs today."),
};
const Cited = { reason: z.string().min(1), source: z.string().min(1) };

/**
 * The named criteria of the value model. Every effect on a platform's points belongs to one, and every answer
 * or fact (`key`) counts once per platform: see docs/decisions.md, "The scoring model".
 */
export const Criterion = z.enum(["fit", "operability", "capability", "preference", "migration", "guidance", "profile"]);
export type Criterion = z.infer<typeof Criterion>;

/** What an explicit answer asks for, and how to say that a platform does not honour it (`{platform}`). */
const Honoured = {
  question: RequirementQuestion.describe(
    "The answer this event honours; an explicit answer not honoured is a conflict.",
  ),
  conflict: z.string().min(1).describe('"You asked for ...; {platform} ...": what the winner fails to honour.'),
};
const Keyed = { criterion: Criterion, key: z.string().min(1).describe("The answer or fact that counts once.") };

export const RuleEvent = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("exclude"),
    params: z.strictObject({ ...Target, ...Cited, ...Keyed }),
  }),
  z.strictObject({
    type: z.literal("rate"),
    params: z.strictObject({
      ...Target,
      ...Cited,
      ...Keyed,
      points: z.number().refine((n) => n !== 0),
      question: Honoured.question.optional(),
      conflict: Honoured.conflict.optional(),
    }),
  }),
  z.strictObject({
    type: z.literal("need"),
    params: z
      .strictObject({
        ...Cited,
        ...Honoured,
        key: Keyed.key,
        feature: Trait.optional().describe("A catalogue trait the answers need (how the platform is run)."),
        capability: z
          .union([CapabilityId, CustomCapabilityId])
          .optional()
          .describe(
            "A capability the answers need: the matrix gives each platform's level (native, add-on, edition, none).",
          ),
        requirement: z
          .literal(true)
          .optional()
          .describe("An explicit answer that states a requirement: a platform that fails it is listed as `unmet`."),
        blocking: z
          .literal(true)
          .optional()
          .describe("A requirement without which the work cannot run at all (a GPU, a kind of traffic, binaries)."),
        points: z.number().positive().optional().describe("What a soft need costs a platform that fails it."),
        met: z.string().min(1).describe("What a platform that has the feature does for the need (no points)."),
      })
      .refine((p) => (p.feature === undefined) !== (p.capability === undefined), "exactly one of feature, capability")
      .refine(
        (p) => (p.requirement === true) !== (p.points !== undefined),
        "a requirement has no points; a soft need has",
      ),
  }),
  z.strictObject({
    type: z.literal("level"),
    params: z.strictObject({ ...Cited, key: Keyed.key, capability: z.number().min(0).max(10) }),
  }),
  z.strictObject({
    type: z.literal("weigh"),
    params: z.strictObject({ ...Target, ...Cited, factor: z.number().positive() }),
  }),
]);
export type RuleEvent = z.infer<typeof RuleEvent>;
export type TargetParams = Partial<Pick<Extract<RuleEvent, { type: "exclude" }>["params"], keyof typeof Target>>;

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
