import { pruneToPath, QUESTIONNAIRE } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { resolveValues } from "../assumptions.ts";
import { firedRules } from "../compiled.ts";
import { deriveFacts } from "../facts.ts";
import { RULES } from "../ruleset.ts";
import { verificationSweep } from "./answer-space.ts";
import { verify } from "./verify.ts";

describe("npm run verify (a sample; the command checks the whole sweep)", () => {
  it("is clean on a sample: an eligible leader, no id-order or score ties, reasons add up, no credit to the excluded, preferences honoured or named, growth never moves back, invariants hold", () => {
    const report = verify({ every: 8 });
    expect(report.counts).toEqual({});
    expect(report.exhaustive).toBeGreaterThan(10_000);
    expect(report.covering).toBeGreaterThan(500);
  }, 600_000);

  it("fires every rule somewhere in the whole sweep", () => {
    // Firing alone is cheap enough to walk all of it. A sample (every 8th set) missed rules that fire on a few
    // sets whenever a new answer value shifted the sweep: npm test went red for a change that broke nothing.
    const fired = new Uint8Array(RULES.length);
    for (const answers of verificationSweep()) {
      for (const index of firedRules(deriveFacts(resolveValues(pruneToPath(QUESTIONNAIRE, answers))))) fired[index] = 1;
    }
    expect(RULES.filter((_, index) => !fired[index]).map((rule) => rule.name)).toEqual([]);
  }, 600_000);
});
