import { Answers, PLATFORM_IDS, QUESTION_IDS, type Recommendation } from "@platform-advisor/model";
import { recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import type { ExpertCase } from "./cases.ts";

/** The first entries of the ranking with their points and score, for failure messages. */
const leaders = (result: Recommendation, count = 3): string =>
  result.ranking
    .slice(0, count)
    .map((entry) => {
      const points = (entry as { points?: number }).points;
      return `${entry.platform} (${points === undefined ? "" : `points ${points}, `}score ${entry.score})`;
    })
    .join(", ");

/** The checks every expert review set gets: the set is well formed, and every case is answered as the expert expects. */
export const checkExpertSet = (title: string, cases: readonly ExpertCase[], minimum: number): void => {
  describe(`${title}: the set itself`, () => {
    it(`has at least ${minimum} cases with unique kebab-case ids`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(minimum);
      const ids = cases.map((expertCase) => expertCase.id);
      expect(new Set(ids).size, "duplicate ids").toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it.each(cases.map((expertCase) => [expertCase.id, expertCase] as const))(
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

  describe(`${title}: recommendations a platform engineer would defend`, () => {
    it.each(cases)("$id", async (expertCase) => {
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

      // Requirements first: a platform that fails a stated requirement never leads while an eligible one meets all.
      if (result.ranking.some((entry) => entry.eligible && entry.unmet.length === 0)) {
        expect
          .soft(result.ranking[0]?.unmet, `${result.recommended} leaves a requirement unmet; top three: ${top}`)
          .toEqual([]);
      }

      const flagged = result.conflicts.map((conflict) => conflict.question);
      for (const question of expertCase.conflicts ?? []) {
        expect
          .soft(flagged, `the answer to ${question} must be named as not honoured by ${result.recommended}`)
          .toContain(question);
      }
    });
  });
};
