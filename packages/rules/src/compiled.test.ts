import { describe, expect, it } from "vitest";
import { resolveAnswers } from "./assumptions.ts";
import { evaluate } from "./compiled.ts";
import { createEngine, runEngine } from "./engine.ts";
import { deriveFacts } from "./facts.ts";
import { verificationSweep } from "./verify/answer-space.ts";

describe("compiled rules", () => {
  it("fire exactly the events json-rules-engine fires, with the same fact values, on every answer set of the verification sweep", async () => {
    const engine = createEngine();
    let mismatches = 0;
    let checked = 0;
    for (const answers of verificationSweep()) {
      checked++;
      const facts = deriveFacts(resolveAnswers(answers).resolved);
      const expected = await runEngine(engine, facts);
      const actual = evaluate(facts);
      if (JSON.stringify(actual.map((f) => f.rule)) !== JSON.stringify(expected.map((f) => f.rule))) mismatches++;
      else expect(actual).toEqual(expected);
    }
    expect(mismatches).toBe(0);
    expect(checked).toBeGreaterThan(100_000);
  }, 600_000);
});
