import { type Answers, pruneShaped, pruneToPath, QUESTIONNAIRE } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { DEFAULT_ORDER, fillDefaults, resolveValues } from "./assumptions.ts";
import { deriveFacts, FACT_NAMES, FACTS_MOVED_BY, type Facts } from "./facts.ts";
import { verificationSweep } from "./verify/answer-space.ts";

const factsOf = (answers: Answers) => deriveFacts(resolveValues(pruneToPath(QUESTIONNAIRE, answers)));

/** Every other value of a question: each option (a list of one, and the list without each item), or numbers. */
const otherValues = (question: (typeof QUESTIONNAIRE)[number], answers: Answers): unknown[] => {
  const current = answers[question.id];
  if (!question.options) return [1, 2, 3, 9, 10, 11, 19, 20, 21, 99, 100, 101, 5000, 5001, undefined];
  const values = question.options.map((option) => option.value);
  if (question.type !== "multiple") return [...values, undefined];
  const list = (current as string[] | undefined) ?? [];
  return [
    ...values.map((value) => (list.includes(value as string) ? list.filter((v) => v !== value) : [...list, value])),
    undefined,
  ];
};

describe("FACT_READERS", () => {
  it("lists every fact deriveFacts makes, in its order, and reads each one's own value", () => {
    const facts = factsOf({ teamSize: 12, hosting: ["aws", "edge"], needs: ["gpu"], edgeFootprint: "devices" });
    expect(FACT_NAMES).toEqual(Object.keys(facts));
  });
});

describe("FACTS_MOVED_BY", () => {
  it("names every fact a change to one answer moves (over a sample of the verification sweep)", () => {
    let changes = 0;
    for (const answers of verificationSweep(97)) {
      const before = factsOf(answers);
      for (const question of QUESTIONNAIRE) {
        const moved = FACTS_MOVED_BY[question.id];
        if (moved === "all") continue;
        for (const value of otherValues(question, answers)) {
          const after = factsOf({ ...answers, [question.id]: value } as Answers);
          for (const fact of Object.keys(after) as (keyof Facts)[]) {
            if (JSON.stringify(after[fact]) === JSON.stringify(before[fact])) continue;
            expect(moved, `${question.id} -> ${JSON.stringify(value)} moved ${fact}`).toContain(fact);
          }
          changes++;
        }
      }
    }
    expect(changes).toBeGreaterThan(10_000);
  });
});

describe("fillDefaults", () => {
  it("fills every question in the order resolveValues does, with the same values (over a sample of the sweep)", () => {
    // Every question, each after the answers its default reads (hosting and management follow the platform run today).
    expect([...DEFAULT_ORDER].sort()).toEqual(QUESTIONNAIRE.map((question) => question.id).sort());
    let checked = 0;
    for (const answers of verificationSweep(31)) {
      const filled = fillDefaults(pruneShaped(answers) as Record<keyof Answers, unknown>);
      expect({ ...filled }).toEqual({ ...resolveValues(pruneToPath(QUESTIONNAIRE, answers)) });
      checked++;
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
