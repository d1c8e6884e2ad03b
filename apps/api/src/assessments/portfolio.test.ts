import { describe, expect, it } from "vitest";
import { portfolioOf } from "./portfolio.ts";

const today = { rulesetVersion: "1.0.0+now", profileHash: "sha256:abc" };
const latest = (id: string, recommended: "k3s" | "paas", currentPlatform: "k3s" | "none" | null, stale = false) => ({
  workload: { id },
  recommended,
  currentPlatform,
  rulesetVersion: stale ? "0.9.0+then" : today.rulesetVersion,
  profileHash: today.profileHash,
});

describe("portfolioOf", () => {
  it("counts per platform, lists drift, and counts stale rulesets and profiles", () => {
    const portfolio = portfolioOf(
      [
        latest("a", "k3s", "k3s"),
        latest("b", "paas", "k3s", true),
        latest("c", "paas", "none"),
        latest("d", "paas", null),
        { ...latest("e", "k3s", null), profileHash: null },
      ],
      today,
    );
    expect(portfolio).toEqual({
      workloads: 5,
      byRecommended: { k3s: 2, paas: 3 },
      drift: [{ workload: { id: "b" }, currentPlatform: "k3s", recommended: "paas" }],
      stale: 2,
    });
  });
});
