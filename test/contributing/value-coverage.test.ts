import {
  Answers,
  CAPABILITY_IDS,
  NEED_CAPABILITY,
  Need,
  QUESTION_IDS,
  QUESTIONNAIRE,
  SCALING_CAPABILITY,
  Scaling,
  TRAFFIC_CAPABILITY,
  Traffic,
  WORKLOAD_CAPABILITY,
  Workload,
} from "@platform-advisor/model";
import { RULES } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { z } from "zod";

/*
 * The steps of CONTRIBUTING.md that nothing else catches: a value added to an answer's enum but not offered by
 * the questionnaire typechecks, lints and passes every other test, and the web app never shows it.
 */

/** The values an answer field accepts, or null for a number (a range, not a list). */
const acceptedValues = (schema: z.ZodType): (string | boolean)[] | null => {
  if (schema instanceof z.ZodOptional) return acceptedValues(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return acceptedValues(schema.element as z.ZodType);
  if (schema instanceof z.ZodEnum) return schema.options as string[];
  if (schema instanceof z.ZodLiteral) return [...schema.values].map((value) => value as string | boolean);
  if (schema instanceof z.ZodBoolean) return [true, false];
  if (schema instanceof z.ZodNumber) return null;
  if (schema instanceof z.ZodUnion) {
    return (schema.options as z.ZodType[]).flatMap((option) => acceptedValues(option) ?? []);
  }
  throw new Error(`value-coverage.test.ts does not know how to list the values of a ${schema.def.type} schema`);
};

const sorted = (values: Iterable<string | boolean>) => [...values].map(String).sort();

describe("every answer value is offered by the questionnaire, and the questionnaire offers nothing else", () => {
  it.each(QUESTION_IDS)("%s", (id) => {
    const question = QUESTIONNAIRE.find((q) => q.id === id);
    expect(question, `no question asks ${id}: add one to packages/model/src/questionnaire.ts`).toBeDefined();
    const accepted = acceptedValues(Answers.shape[id] as z.ZodType);
    const offered = (question?.options ?? []).map((option) => option.value);
    if (accepted === null) {
      expect(question?.type, `${id} is a number`).toBe("number");
      expect(offered, `${id} is a number: presets, not options`).toEqual([]);
      return;
    }
    const missing = accepted.filter((value) => !offered.includes(value));
    const extra = offered.filter((value) => !accepted.includes(value));
    expect(missing, `answers.ts accepts these ${id} values, but questionnaire.ts offers no option for them`).toEqual(
      [],
    );
    expect(extra, `questionnaire.ts offers these ${id} options, but answers.ts does not accept them`).toEqual([]);
    expect(sorted(offered), `${id}: each option once`).toEqual(sorted(new Set(offered)));
  });
});

/** The need rules' capabilities (packages/rules/src/rules/*.json, events of type "need"). */
const requiredByRules = new Set(
  RULES.flatMap((rule) => {
    const params = rule.event.params as { capability?: unknown } | undefined;
    return rule.event.type === "need" && typeof params?.capability === "string" ? [params.capability] : [];
  }),
);

const TABLES = [
  ["needs", Need.options, NEED_CAPABILITY],
  ["workloads", Workload.options, WORKLOAD_CAPABILITY],
  ["traffic", Traffic.options, TRAFFIC_CAPABILITY],
  ["scaling", Scaling.options, SCALING_CAPABILITY],
] as const;

describe("every answer value says which capability it asks for, and every capability is asked for", () => {
  it.each(TABLES)("%s: one entry per value (capability.ts), each a capability a rule requires", (_, values, table) => {
    expect(sorted(Object.keys(table))).toEqual(sorted(values));
    for (const [value, capability] of Object.entries(table)) {
      if (capability === null) continue;
      expect(CAPABILITY_IDS, `${value} -> ${capability}`).toContain(capability);
      expect(
        requiredByRules.has(capability),
        `${value} asks for ${capability}, but no "need" rule requires it (packages/rules/src/rules/capability.json)`,
      ).toBe(true);
    }
  });

  it("has no capability that no rule requires (the matrix would rate platforms on something never asked)", () => {
    const orphans = CAPABILITY_IDS.filter((id) => !requiredByRules.has(id));
    expect(orphans).toEqual([]);
  });
});
