import type { Answers, Reason, Recommendation } from "@platform-advisor/model";
import { recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { EXPERT_CASES } from "../scenarios/expert/cases.ts";
import { EXPERT_V3_CASES } from "../scenarios/expert-v3/cases.ts";

/** Every 8th expert team with its team size taken out: the answers a sweep over the team size keeps fixed. */
const BASES: Answers[] = [...EXPERT_CASES, ...EXPERT_V3_CASES]
  .filter((_, k) => k % 8 === 0)
  .map(({ answers: { teamSize: _teamSize, ...rest } }) => rest)
  .concat([{}, { hosting: ["on-prem"] }]);

const SIZES = [...Array.from({ length: 60 }, (_, k) => k + 1), 80, 100, 150, 200, 300, 400, 500];

const reasonsOf = (result: Recommendation, platform: string): Reason[] =>
  result.ranking.find((entry) => entry.platform === platform)?.reasons ?? [];

/** The reasons of a platform that differ between two results, compared by rule or text and impact. */
const changed = (before: readonly Reason[], after: readonly Reason[]): Reason[] =>
  after.filter((reason) => !before.some((old) => old.text === reason.text && old.impact === reason.impact));

describe("a team-size sweep (issue 16): the leader changes only where the reasons say why in terms of the team", () => {
  it.each(BASES.map((answers) => [JSON.stringify(answers), answers] as const))("%s", async (_, base) => {
    let previous = await recommend({ ...base, teamSize: SIZES[0] });
    for (const teamSize of SIZES.slice(1)) {
      const next = await recommend({ ...base, teamSize });
      if (next.recommended !== previous.recommended) {
        // Every reason of the two leaders that moved must read the team size, or a count the result says it assumed
        // from the team (nothing else changed in the answers): a reader sees why in terms of the team.
        const fromTeam = new Set(
          next.assumptions.filter((assumption) => /engineer/.test(assumption.text)).map((a) => a.question as string),
        );
        if (fromTeam.has("containerCount")) fromTeam.add("hostCount");
        for (const platform of [previous.recommended, next.recommended]) {
          for (const reason of changed(reasonsOf(previous, platform), reasonsOf(next, platform))) {
            const read = Object.keys(reason.facts ?? {});
            expect(
              read.includes("teamSize") || read.some((fact) => fromTeam.has(fact)),
              `${previous.recommended} -> ${next.recommended} at a team of ${teamSize}: "${reason.text}" reads neither the team size nor a count assumed from it`,
            ).toBe(true);
          }
        }
      }
      previous = next;
    }
  });
});
