import { describe, expect, it } from "vitest";
import type { Answers } from "./answers.ts";
import { pruneShaped, pruneToPath } from "./path.ts";
import { QUESTIONNAIRE } from "./questionnaire.ts";

/** Every question left open or given its first, second or last option (numbers: 1 and their maximum). */
const variants = (): Answers[] => {
  let sets: Record<string, unknown>[] = [{}];
  for (const question of QUESTIONNAIRE) {
    const values: unknown[] = [undefined];
    if (question.options) {
      const options = question.options.map((option) => option.value);
      for (const value of new Set([options[0], options[1], options.at(-1)])) {
        values.push(question.type === "multiple" ? [value] : value);
      }
    } else values.push(1, question.max ?? 1000);
    sets = sets.flatMap((set) =>
      values.slice(0, sets.length > 2000 ? 2 : values.length).map((v) => ({ ...set, [question.id]: v })),
    );
  }
  return sets.map((set) => Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined)) as Answers);
};

describe("pruneShaped", () => {
  it("keeps exactly the answers pruneToPath keeps, as one object with every question's key", () => {
    const sets = variants();
    expect(sets.length).toBeGreaterThan(1000);
    let hidden = 0;
    for (const answers of sets) {
      const shaped = pruneShaped(answers);
      const kept = pruneToPath(QUESTIONNAIRE, answers);
      expect(Object.keys(shaped)).toEqual(QUESTIONNAIRE.map((question) => question.id));
      expect(Object.fromEntries(Object.entries(shaped).filter(([, v]) => v !== undefined))).toEqual(kept);
      if (Object.keys(kept).length < Object.keys(answers).length) hidden++;
    }
    expect(hidden).toBeGreaterThan(100);
  });
});
