import { describe, expect, it } from "vitest";
import { OWN_RECOMMENDATION } from "../fixtures/own-platform.ts";
import { RECOMMENDATION } from "../fixtures/recommendation.ts";
import { formatImpact, formatPoints, platformName } from "./format.ts";

describe("result formatting", () => {
  it("signs impacts and words exclusions", () => {
    expect(formatImpact(12)).toBe("+12");
    expect(formatImpact(-4.25)).toBe("-4.3");
    expect(formatImpact(0)).toBe("±0");
    expect(formatImpact(null)).toBe("rules out");
  });

  it("keeps at most one decimal", () => {
    expect(formatPoints(83.46)).toBe("83.5");
    expect(formatPoints(84)).toBe("84");
  });

  it("names platforms from the ranking, an organisation's own included, and never by their ids", () => {
    expect(platformName(RECOMMENDATION, "kubernetes")).toBe("Kubernetes");
    expect(platformName(OWN_RECOMMENDATION, "org-runway")).toBe("Acme Runway");
    expect(platformName(RECOMMENDATION, "nomad")).toBe("Platform not in today's catalogue");
    expect(platformName(RECOMMENDATION, "org-runway")).toBe(
      "Internal platform (no longer in the organisation profile)",
    );
  });
});
