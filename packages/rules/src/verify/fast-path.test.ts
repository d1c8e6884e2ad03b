import { type Answers, OrgProfile, QUESTIONNAIRE, type Question } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { leaderSearchFrom } from "../leader.ts";
import { recommend } from "../recommend.ts";
import { referenceLeadersOf } from "../reference-leader.ts";
import { leaderClasses } from "../thresholds.ts";
import { verificationSweep } from "./answer-space.ts";
import { proveFastPath } from "./fast-path.ts";

const PROFILE = OrgProfile.parse({
  apiVersion: "platform-advisor/v1",
  metadata: { name: "acme", revision: 3 },
  spec: {
    platforms: { forbidden: [{ id: "docker-swarm", reason: "Not supported here" }] },
    defaults: { environment: "production" },
    adjustments: [
      { platform: "aws-fargate", points: 4.25, reason: "Our platform team runs Fargate for you" },
      { platform: "kubernetes", points: -3, reason: "One more cluster to run" },
      { platform: "kubernetes", points: 3, reason: "One more cluster to run" },
      { platform: "docker-compose", points: 0.05, reason: "Docker Desktop licences" },
    ],
  },
});

/** Adjustments in whole tenths: the incremental tally counts them itself (others take the full tally, as above). */
const PROFILE_IN_TENTHS = OrgProfile.parse({
  ...PROFILE,
  spec: {
    ...PROFILE.spec,
    adjustments: [
      { platform: "aws-fargate", points: 2.5, reason: "Our platform team runs Fargate for you" },
      { platform: "kubernetes", points: -3, reason: "One more cluster to run" },
      { platform: "kubernetes", points: 3, reason: "One more cluster to run" },
      { platform: "k3s", points: 0.1, reason: "We know it" },
    ],
  },
});

/** `npm test` checks every n-th set of this sample; the exhaustive project (EXHAUSTIVE=1, npm run verify) all of it. */
const SPARSE = process.env.EXHAUSTIVE === "1" ? 1 : 2;

/** Each option of a question as an answer: a list of that one option where the question takes several. */
const optionValues = (question: Question): unknown[] =>
  (question.options ?? []).map((option) => (question.type === "multiple" ? [option.value] : option.value));

describe("the incremental leader search (a sample; npm run verify checks the whole sweep)", () => {
  it("gives recommend() results byte-identical to the unoptimised reference", async () => {
    const report = await proveFastPath(37 * SPARSE);
    expect(report.examples).toEqual([]);
    expect(report.checked).toBeGreaterThan(2000 / SPARSE);
  }, 600_000);

  it("does so under an organisation profile too (exclusions, defaults, adjustments of one key)", async () => {
    const report = await proveFastPath(151 * SPARSE, PROFILE);
    expect(report.examples).toEqual([]);
    expect(report.checked).toBeGreaterThan(500 / SPARSE);
  }, 600_000);

  it("does so with profile adjustments in whole tenths, which the incremental tally counts itself", async () => {
    const report = await proveFastPath(149 * SPARSE, PROFILE_IN_TENTHS);
    expect(report.examples).toEqual([]);
    expect(report.checked).toBeGreaterThan(500 / SPARSE);
  }, 600_000);

  it("gives the reference's leaders and margin for one-answer changes of an anchored answer set", () => {
    const numeric = ["teamSize", "containerCount", "hostCount"] as const;
    let compared = 0;
    for (const base of verificationSweep(401 * SPARSE)) {
      for (const profile of [undefined, PROFILE_IN_TENTHS]) {
        const search = leaderSearchFrom(base, profile);
        const changes: Answers[] = [
          ...numeric.flatMap((q) => [1, 2, 6, 40, 250, 4999, 5001, 20_000].map((v) => ({ [q]: v }))),
          ...QUESTIONNAIRE.flatMap((q) => optionValues(q).map((value) => ({ [q.id]: value }))),
        ];
        for (const change of changes) {
          const candidate = { ...base, ...change } as Answers;
          expect(search(candidate, profile), JSON.stringify(candidate)).toEqual(referenceLeadersOf(candidate, profile));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000 / SPARSE);
  });

  it("gives every container and host count in one leader class the same leaders (the number memo keys by class)", () => {
    let compared = 0;
    for (const base of verificationSweep(211)) {
      for (const question of ["containerCount", "hostCount"] as const) {
        const classes = leaderClasses(question);
        classes.forEach((start, k) => {
          const next = classes[k + 1];
          if (next === undefined || next - start < 2) return;
          // The class's first and last value and one in between: the reference path, which keeps no memo.
          const at = (value: number) => referenceLeadersOf({ ...base, [question]: value } as Answers);
          const first = at(start);
          for (const value of [Math.floor((start + next) / 2), next - 1]) {
            expect(at(value), `${question}=${value} against ${start}, ${JSON.stringify(base)}`).toEqual(first);
            compared++;
          }
        });
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it("answers a number in its own leader class without a candidate (team sizes by their costs), as the reference does", () => {
    let answered = 0;
    for (const base of verificationSweep(97 * SPARSE)) {
      for (const profile of [undefined, PROFILE_IN_TENTHS, PROFILE]) {
        const search = leaderSearchFrom(base, profile);
        for (const question of ["teamSize", "containerCount", "hostCount"] as const) {
          for (const value of [1, 2, 3, 4, 5, 7, 9, 10, 12, 19, 25, 60, 99, 150, 400, 999, 1000, 2000, 20_000]) {
            const leaders = search.sameClass?.(question, value);
            if (!leaders) continue;
            const candidate = { ...base, [question]: value } as Answers;
            expect(leaders, `${question}=${value}, ${JSON.stringify(base)}`).toEqual(
              referenceLeadersOf(candidate, profile),
            );
            answered++;
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(10_000 / SPARSE);
  });

  it("skips an answer as settled only where no change to it puts another platform ahead on points", () => {
    let settled = 0;
    let checked = 0;
    for (const base of verificationSweep(53 * SPARSE)) {
      for (const profile of [undefined, PROFILE_IN_TENTHS]) {
        const search = leaderSearchFrom(base, profile);
        const leader = search(base, profile);
        if (!leader.eligible) continue;
        for (const question of QUESTIONNAIRE) {
          checked++;
          if (!search.settled?.(question.id, leader.first)) continue;
          settled++;
          for (const value of [...optionValues(question), undefined]) {
            const moved = referenceLeadersOf({ ...base, [question.id]: value } as Answers, profile);
            expect(moved.first !== leader.first && moved.margin > 0, `${question.id}=${JSON.stringify(value)}`).toBe(
              false,
            );
          }
        }
      }
    }
    expect(settled).toBeGreaterThan(checked / 20);
  });

  it("agrees where a what-if or growth step crosses a per-cluster host limit (several clusters, or out)", async () => {
    for (const answers of [
      { teamSize: 40, containerCount: 20_000, hostCount: 3000, hosting: ["on-prem" as const] },
      { teamSize: 12, containerCount: 400, hostCount: 40, hosting: ["edge" as const] },
      { teamSize: 60, containerCount: 50_000, hostCount: 4000, hosting: ["aws" as const], highAvailability: true },
    ]) {
      const fast = JSON.stringify(await recommend(answers));
      expect(fast).toBe(JSON.stringify(await recommend(answers, { leaderSearch: "reference" })));
    }
  });

  it("keeps a rule that reads no fact (the retired platform's exclusion) firing on every candidate", async () => {
    const answers = {
      teamSize: 40,
      hostCount: 1,
      experience: "kubernetes" as const,
      workloads: ["non-container" as const],
      currentPlatform: "mesos" as const,
    };
    const fast = await recommend(answers);
    expect(fast.growthPath.map((step) => step.recommended)).not.toContain("mesos");
    expect(JSON.stringify(fast)).toBe(JSON.stringify(await recommend(answers, { leaderSearch: "reference" })));
  });
});
