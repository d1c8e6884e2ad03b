import { platformById } from "@platform-advisor/model";
import { leaderOf, recommend } from "@platform-advisor/rules";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validAnswers } from "./answers-arbitrary.ts";

const singleHost = (id: string) => platformById(id as never).traits.includes("single-host");
const RUNS = { numRuns: 300, seed: 2026 };

describe("invariants of the recommendation (fast-check)", () => {
  it("recommends an eligible, active platform that runs everywhere the team hosts", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        const leader = platformById(result.recommended);
        expect(result.ranking[0]!.eligible).toBe(true);
        expect(leader.status).toBe("active");
        for (const target of answers.hosting ?? []) expect(leader.runsOn.value).toContain(target);
      }),
      RUNS,
    );
  });

  it("never gives a single-host tool to several hosts or to high availability in production", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        const effective = result.answers;
        if ((effective.hostCount ?? 1) > 1 || (effective.highAvailability && effective.environment === "production")) {
          expect(singleHost(result.recommended)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it("never gives Swarm past 1,000 hosts, and scale-to-zero in production scales to zero", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        if ((result.answers.hostCount ?? 1) > 1000) expect(result.recommended).not.toBe("docker-swarm");
        if (result.answers.scaling === "scale-to-zero" && result.answers.environment === "production") {
          expect(platformById(result.recommended).traits).toContain("scales-to-zero");
        }
      }),
      RUNS,
    );
  });

  it("never moves back to a single-host tool as containers and hosts grow", () => {
    fc.assert(
      fc.property(validAnswers, fc.integer({ min: 2, max: 10 }), (answers, factor) => {
        const before = leaderOf(answers);
        if (singleHost(before)) return;
        const grown = {
          ...answers,
          ...(answers.containerCount ? { containerCount: Math.min(10_000_000, answers.containerCount * factor) } : {}),
          ...(answers.hostCount ? { hostCount: Math.min(1_000_000, answers.hostCount * factor) } : {}),
        };
        expect(singleHost(leaderOf(grown))).toBe(false);
      }),
      { numRuns: 2000, seed: 2026 },
    );
  });

  it("is deterministic: the same answers give the same bytes", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        expect(JSON.stringify(await recommend(answers))).toBe(
          JSON.stringify(await recommend(structuredClone(answers))),
        );
      }),
      { numRuns: 100, seed: 2026 },
    );
  });
});
