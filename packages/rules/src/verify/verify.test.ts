import { describe, expect, it } from "vitest";
import { isClean, verify } from "./verify.ts";

describe("npm run verify", () => {
  it("is clean: every rule fires, every answer set has an eligible leader, no id-order ties, no broken invariant", () => {
    const report = verify();
    expect(report.neverFired).toEqual([]);
    expect(report.counts).toEqual({});
    expect(report.exhaustive).toBeGreaterThan(100_000);
    expect(report.covering).toBeGreaterThan(500);
    expect(isClean(report)).toBe(true);
  }, 600_000);
});
