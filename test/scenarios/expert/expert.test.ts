import { Answers, PLATFORM_IDS, QUESTION_IDS, type Recommendation } from "@platform-advisor/model";
import { recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { EXPERT_CASES, type ExpertCase } from "./cases.ts";

/** The first entries of the ranking with their points and score, for failure messages. */
const leaders = (result: Recommendation, count = 3): string =>
  result.ranking
    .slice(0, count)
    .map((entry) => {
      const points = (entry as { points?: number }).points;
      return `${entry.platform} (${points === undefined ? "" : `points ${points}, `}score ${entry.score})`;
    })
    .join(", ");

describe("expert review set: the set itself", () => {
  it("has at least 45 cases with unique kebab-case ids", () => {
    expect(EXPERT_CASES.length).toBeGreaterThanOrEqual(45);
    const ids = EXPERT_CASES.map((expertCase) => expertCase.id);
    expect(new Set(ids).size, "duplicate ids").toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(EXPERT_CASES.map((expertCase) => [expertCase.id, expertCase] as const))(
    "%s: answers parse, and accept, reject and conflicts are consistent",
    (_id, expertCase: ExpertCase) => {
      const parsed = Answers.safeParse(expertCase.answers);
      expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe(true);
      expect(expertCase.accept.length).toBeGreaterThan(0);
      expect(new Set(expertCase.accept).size).toBe(expertCase.accept.length);
      for (const platform of expertCase.accept) expect(PLATFORM_IDS).toContain(platform);
      const rejected = expertCase.reject.map((rejection) => rejection.platform);
      expect(new Set(rejected).size, "a platform rejected twice").toBe(rejected.length);
      for (const platform of rejected)
        expect(expertCase.accept, `${platform} both accepted and rejected`).not.toContain(platform);
      for (const rejection of expertCase.reject) {
        expect(rejection.why.length).toBeGreaterThan(0);
        expect(rejection.source.length).toBeGreaterThan(0);
      }
      expect(expertCase.why.length).toBeGreaterThan(0);
      expect(expertCase.source.length).toBeGreaterThan(0);
      for (const question of expertCase.conflicts ?? []) expect(QUESTION_IDS).toContain(question);
    },
  );
});

describe("expert review set: recommendations a platform engineer would defend", () => {
  it.each(EXPERT_CASES)("$id", async (expertCase) => {
    const result = await recommend(expertCase.answers);
    const top = leaders(result);

    expect
      .soft(
        expertCase.accept,
        `recommended ${result.recommended}; accepted: ${expertCase.accept.join(", ")}; top three: ${top}`,
      )
      .toContain(result.recommended);

    for (const rejection of expertCase.reject) {
      expect
        .soft(
          result.recommended,
          `${rejection.platform} must not be recommended: ${rejection.why} (${rejection.source}); top three: ${top}`,
        )
        .not.toBe(rejection.platform);
      if (rejection.excluded) {
        const entry = result.ranking.find((ranked) => ranked.platform === rejection.platform);
        expect
          .soft(entry?.eligible, `${rejection.platform} must be ineligible: ${rejection.why} (${rejection.source})`)
          .toBe(false);
      }
    }

    const flagged = result.conflicts.map((conflict) => conflict.question);
    for (const question of expertCase.conflicts ?? []) {
      expect
        .soft(flagged, `the answer to ${question} must be named as not honoured by ${result.recommended}`)
        .toContain(question);
    }
  });
});
