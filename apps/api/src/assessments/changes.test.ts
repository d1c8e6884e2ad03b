import { readFileSync } from "node:fs";
import { parseProfile, recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { compareRecommendations } from "./changes.ts";

describe("compareRecommendations", () => {
  it("finds nothing between a recommendation and itself", async () => {
    const today = await recommend({ teamSize: 5, containerCount: 12 });
    expect(compareRecommendations(today, structuredClone(today))).toBeUndefined();
  });

  it("reports the leader, scores, eligibility and reasons that changed, and both ruleset versions", async () => {
    const today = await recommend({ teamSize: 5, containerCount: 12 });
    const [first, second, ...rest] = today.ranking;
    const third = rest[0];
    if (!first || !second || !third) throw new Error("the catalogue ranks at least three platforms");
    const before = {
      ...today,
      rulesetVersion: "0.1.0+old",
      recommended: second.platform,
      ranking: [
        { ...second, score: 99, reasons: [{ text: "gone since", impact: 3, source: "old" }] },
        { ...first },
        ...rest.map((entry, i) => (i === 0 ? { ...entry, eligible: !entry.eligible } : entry)),
      ],
    };
    const changes = compareRecommendations(before, today);
    if (!changes) throw new Error("the changed leader, scores and reasons went unreported");
    expect(changes.recommended).toEqual({ before: second.platform, after: first.platform });
    expect(changes.rulesetVersion).toEqual({ before: "0.1.0+old", after: today.rulesetVersion });
    expect(changes.scores.map((score) => score.platform)).toEqual([second.platform, third.platform]);
    expect(changes.reasons.removed).toEqual([
      { platform: second.platform, text: "gone since", impact: 3, source: "old" },
    ]);
    expect(changes.reasons.added.every((reason) => reason.platform === second.platform)).toBe(true);
    expect(changes.reasons.added).toHaveLength(second.reasons.length);
  });

  it("follows an organisation's own platform (org-) as it takes the lead", async () => {
    const example = new URL("../../../../docs/org-profile.example.yaml", import.meta.url);
    const profile = parseProfile(readFileSync(example, "utf8"));
    const answers = { teamSize: 6, hosting: ["on-prem" as const] };
    const before = await recommend(answers);
    const after = await recommend({ ...answers, custom: { "cardholder-data": "yes" } }, { profile });
    const changes = compareRecommendations(before, after);
    expect(changes?.recommended).toEqual({ before: before.recommended, after: "org-runway" });
    expect(changes?.profile.after?.name).toBe("acme");
    // A platform only one side ranks has no score change to report; its reasons are all new.
    expect(changes?.scores.some((score) => score.platform === "org-runway")).toBe(false);
    expect(changes?.reasons.added.filter((reason) => reason.platform === "org-runway")).toHaveLength(
      after.ranking.find((entry) => entry.platform === "org-runway")?.reasons.length ?? -1,
    );
  });
});
