import { describe, expect, it } from "vitest";
import type { Answers } from "./answers.ts";
import { pruneShaped, pruneToPath } from "./path.ts";
import { QUESTIONNAIRE } from "./questionnaire.ts";

/** `npm test` checks every 37th variant (37 shares no factor with the value counts); EXHAUSTIVE=1 checks them all. */
const EVERY = process.env.EXHAUSTIVE === "1" ? 1 : 37;

/**
 * Every question left open or given its first, second or last option (numbers: 1 and their maximum), past 2,000
 * combinations only left open or given its first value; in the order of their product, every n-th of them.
 */
const variants = (every: number): { count: number; sample: Answers[] } => {
  const columns: { id: string; values: unknown[] }[] = [];
  let count = 1;
  for (const question of QUESTIONNAIRE) {
    const values: unknown[] = [undefined];
    if (question.options) {
      const options = question.options.map((option) => option.value);
      for (const value of new Set([options[0], options[1], options.at(-1)])) {
        values.push(question.type === "multiple" ? [value] : value);
      }
    } else values.push(1, question.max ?? 1000);
    const kept = values.slice(0, count > 2000 ? 2 : values.length);
    columns.push({ id: question.id, values: kept });
    count *= kept.length;
  }
  const sample: Answers[] = [];
  for (let index = 0; index < count; index += every) {
    // The index in mixed radix, the last question varying fastest.
    const digits: number[] = [];
    let rest = index;
    for (let c = columns.length - 1; c >= 0; c--) {
      const size = columns[c]?.values.length ?? 1;
      digits[c] = rest % size;
      rest = Math.floor(rest / size);
    }
    const answers: Record<string, unknown> = {};
    columns.forEach(({ id, values }, c) => {
      const value = values[digits[c] ?? 0];
      if (value !== undefined) answers[id] = value;
    });
    sample.push(answers as Answers);
  }
  return { count, sample };
};

describe("pruneShaped", () => {
  it("keeps exactly the answers pruneToPath keeps, as one object with every question's key", () => {
    const { count, sample } = variants(EVERY);
    expect(count).toBeGreaterThan(1000);
    let hidden = 0;
    for (const answers of sample) {
      const shaped = pruneShaped(answers);
      const kept = pruneToPath(QUESTIONNAIRE, answers);
      expect(Object.keys(shaped)).toEqual([...QUESTIONNAIRE.map((question) => question.id), "custom"]);
      expect(Object.fromEntries(Object.entries(shaped).filter(([, v]) => v !== undefined))).toEqual(kept);
      if (Object.keys(kept).length < Object.keys(answers).length) hidden++;
    }
    expect(hidden).toBeGreaterThan(100);
  });
});
