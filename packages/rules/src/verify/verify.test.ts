import { describe, expect, it } from "vitest";
import { isClean, verify } from "./verify.ts";

describe("npm run verify (a sample; the command checks the whole sweep)", () => {
  it("is clean: every rule fires, an eligible leader, no id-order or score ties, reasons add up, no credit to the excluded, preferences honoured or named, growth never moves back, invariants hold", () => {
    const report = verify({ every: 8 });
    expect(report.neverFired).toEqual([]);
    expect(report.counts).toEqual({});
    expect(report.exhaustive).toBeGreaterThan(10_000);
    expect(report.covering).toBeGreaterThan(500);
    expect(isClean(report)).toBe(true);
  }, 600_000);
});
