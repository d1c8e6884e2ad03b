import { describe, expect, it } from "vitest";
import { resolveValues } from "./assumptions.ts";
import { evaluate } from "./compiled.ts";
import { createEngine, runEngine } from "./engine.ts";
import { deriveFacts } from "./facts.ts";
import { proveEquivalence } from "./verify/equivalence.ts";

/** `npm test` checks every n-th set of this sample; the exhaustive project (EXHAUSTIVE=1, npm run verify) all of it. */
const SPARSE = process.env.EXHAUSTIVE === "1" ? 1 : 2;

describe("compiled rules", () => {
  it("fire exactly the events json-rules-engine fires, with the same fact values, on a sample of the verification sweep (npm run verify checks all of it)", async () => {
    const report = await proveEquivalence(12 * SPARSE);
    expect(report.mismatches).toBe(0);
    expect(report.checked).toBeGreaterThan(6_000 / SPARSE);
  }, 600_000);

  it("would notice a difference: a fact value changed after evaluation is caught", async () => {
    const facts = deriveFacts(resolveValues({ hosting: ["aws"], teamSize: 20 }));
    const expected = await runEngine(createEngine(), facts);
    const actual = evaluate({ ...facts, teamSize: 3 });
    expect(actual).not.toEqual(expected);
  });
});
