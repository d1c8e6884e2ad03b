import {
  type Answers,
  BUILT_IN_CATALOGUE,
  type CapabilityId,
  type Platform,
  platformById,
  type QuestionId,
  type Recommendation,
} from "@platform-advisor/model";
import { leaderOf, leadersOf, recommend } from "@platform-advisor/rules";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validAnswers } from "./answers-arbitrary.ts";

const singleHost = (id: string) => platformById(id as never).traits.includes("single-host");
const RUNS = { numRuns: 200, seed: 2026 };

/** Where a platform serves a hosting target: it runs there, or it manages the edge devices from there. */
const serves = (platform: Platform, target: string, hosting: readonly string[]) =>
  platform.runsOn.value.includes(target as never) ||
  (hosting.includes("edge") &&
    platform.runsOn.value.includes("edge") &&
    (platform.managedFrom?.value.includes(target as never) ?? false));

/** The hard host limits a platform's catalogue entry states (several clusters is a cost, not a limit). */
const pastHardLimit = (platform: Platform, hosts: number) =>
  platform.limits.some((l) => l.maxHosts !== undefined && l.beyond !== "several-clusters" && hosts > l.maxHosts);

/**
 * An oracle of its own for what each explicit answer asks of a platform, read off the capability matrix (any level
 * but none meets it: an add-on or an edition costs points) and the catalogue's traits for who operates it.
 */
const asks = (answers: Answers): { question: QuestionId; has: (p: Platform) => boolean }[] => {
  const can = (question: QuestionId, ...capabilities: CapabilityId[]) => ({
    question,
    has: (p: Platform) =>
      capabilities.some((id) => BUILT_IN_CATALOGUE.cell(BUILT_IN_CATALOGUE.indexOf(p.id), id).level !== "none"),
  });
  const trait = (question: QuestionId, name: string) => ({
    question,
    has: (p: Platform) => p.traits.includes(name as never),
  });
  const out: { question: QuestionId; has: (p: Platform) => boolean }[] = [];
  if (answers.management === "serverless") out.push(trait("management", "serverless"));
  if (answers.management === "managed") out.push(trait("management", "cloud-service"));
  if (answers.management === "self-managed") out.push(trait("management", "self-operated"));
  if (answers.scaling === "automatic" || answers.scaling === "scale-to-zero") out.push(can("scaling", "autoscaling"));
  if (answers.scaling === "scale-to-zero") out.push(can("scaling", "scale-to-zero-http", "scale-to-zero-workers"));
  if (answers.highAvailability) out.push(can("highAvailability", "failover"));
  if (answers.zeroDowntimeDeploys) out.push(can("zeroDowntimeDeploys", "rolling-updates"));
  const workload = {
    "non-container": "non-container-workloads",
    batch: "batch-jobs",
    stateful: "stateful-volumes",
    "event-driven": "event-driven-scaling",
  } as const;
  for (const w of answers.workloads ?? [])
    if (w in workload) out.push(can("workloads", workload[w as keyof typeof workload]));
  const needs = {
    ecosystem: "ecosystem",
    "custom-scheduling": "custom-scheduling",
    "policy-enforcement": "policy-enforcement",
    "multi-tenancy": "multi-tenancy",
    "advanced-networking": "advanced-networking",
    gpu: "gpu",
  } as const;
  for (const need of answers.needs ?? []) out.push(can("needs", needs[need]));
  if (answers.traffic?.includes("http")) out.push(can("traffic", "http-ingress"));
  if (answers.traffic?.includes("tcp-udp")) out.push(can("traffic", "tcp-udp-ingress"));
  return out;
};

/** The answers recommend() used: the given ones less those it reports as ignored. */
const askedOf = (answers: Answers, result: Recommendation): Answers => {
  const asked = { ...answers } as Record<string, unknown>;
  for (const { question } of result.ignored) delete asked[question];
  return asked as Answers;
};

describe("properties of the value model (fast-check)", () => {
  it("adds up: basePoints plus the impacts of an eligible platform's reasons are its points", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        for (const entry of result.ranking.filter((r) => r.eligible)) {
          const sum = entry.reasons.reduce((total, reason) => total + (reason.impact ?? 0), result.basePoints);
          expect(Math.abs(sum - entry.points)).toBeLessThanOrEqual(0.1);
        }
      }),
      RUNS,
    );
  });

  it("ranks by points, and shows the same score at the top only for (nearly) the same points", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        const eligible = result.ranking.filter((r) => r.eligible);
        for (let i = 1; i < eligible.length; i++)
          expect(eligible[i - 1]!.points).toBeGreaterThanOrEqual(eligible[i]!.points);
        const [first, second] = eligible;
        // Between two trade-offs (both hundreds of points down, where the curve is flat) the unmet lists decide.
        if (first && second && first.score === second.score && first.unmet.length === 0)
          expect(first.points - second.points).toBeLessThanOrEqual(0.5);
        if (second) expect(result.margin).toBeCloseTo(first!.points - second.points, 5);
      }),
      RUNS,
    );
  });

  it("keeps hard limits in the ranking, the what-ifs and the growth path", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        for (const entry of result.ranking.filter((r) => r.eligible)) {
          expect(pastHardLimit(platformById(entry.platform), result.answers.hostCount!)).toBe(false);
        }
        const changes = [
          ...result.whatIf.map((w) => ({ change: w.change, recommended: w.recommended })),
          ...result.growthPath.map((s) => ({
            change: { [s.dimension]: s.value } as Answers,
            recommended: s.recommended,
          })),
        ];
        for (const { change, recommended } of changes) {
          const changed = await recommend({ ...answers, ...change });
          expect(changed.recommended).toBe(recommended);
          expect(pastHardLimit(platformById(recommended), changed.answers.hostCount!)).toBe(false);
        }
      }),
      { numRuns: 60, seed: 2026 },
    );
  });

  it("never credits a platform it rules out, and counts each rule once per platform", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        for (const entry of result.ranking) {
          if (!entry.eligible) {
            expect(entry.points).toBe(0);
            expect(entry.reasons.every((reason) => reason.impact === null)).toBe(true);
          }
          const rules = entry.reasons.flatMap((reason) => (reason.rule ? [reason.rule] : []));
          expect(new Set(rules).size).toBe(rules.length);
        }
      }),
      RUNS,
    );
  });

  it("honours every stated preference or names it in conflicts", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        const leader = platformById(result.recommended);
        const named = new Set(result.conflicts.map((c) => c.question));
        for (const { question, has } of asks(askedOf(answers, result))) {
          if (!has(leader)) expect(named.has(question), `${question} not honoured by ${leader.id}`).toBe(true);
        }
      }),
      { numRuns: 400, seed: 2026 },
    );
  });

  it("lets answers the path does not ask change nothing but `ignored`", async () => {
    const hidden = fc.record(
      {
        highAvailability: fc.boolean(),
        scaling: fc.constantFrom("automatic" as const, "scale-to-zero" as const, "fixed" as const),
        zeroDowntimeDeploys: fc.boolean(),
        needs: fc.constant(["ecosystem" as const, "multi-tenancy" as const]),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(validAnswers, hidden, async (answers, extra) => {
        const base = { ...answers, environment: "development" as const };
        for (const key of ["highAvailability", "scaling", "zeroDowntimeDeploys", "needs"]) {
          delete (base as Record<string, unknown>)[key];
        }
        const [plain, padded] = [await recommend(base), await recommend({ ...base, ...extra })];
        const before = plain.ignored.map((i) => i.question);
        expect(padded.ignored.map((i) => i.question).sort()).toEqual([...before, ...Object.keys(extra)].sort());
        expect({ ...padded, ignored: plain.ignored }).toEqual(plain);
      }),
      { numRuns: 100, seed: 2026 },
    );
  });

  it("grows monotonically: the growth path names only changes of leader and never returns to one outgrown", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        for (const dimension of ["containerCount", "hostCount", "teamSize"] as const) {
          const seen: string[] = [result.recommended];
          for (const step of result.growthPath.filter((s) => s.dimension === dimension)) {
            expect(seen).not.toContain(step.recommended);
            seen.push(step.recommended);
          }
        }
        if (result.growthPath.length === 0)
          expect(result.growthSummary).toMatch(/stays best up to 10× on|Give the containers, hosts or team size/);
      }),
      RUNS,
    );
  });

  it("offers at most six what-ifs, each within a plausible range, won on points, and agreeing with recommend()", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        expect(result.whatIf.length).toBeLessThanOrEqual(6);
        for (const whatIf of result.whatIf) {
          for (const key of ["teamSize", "containerCount", "hostCount"] as const) {
            const next = whatIf.change[key];
            if (next === undefined) continue;
            const today = result.answers[key]!;
            expect(next).toBeGreaterThanOrEqual(Math.ceil(today / 2));
            expect(next).toBeLessThanOrEqual(today * 2);
          }
          const leaders = leadersOf({ ...answers, ...whatIf.change });
          expect(leaders.first).toBe(whatIf.recommended);
          expect(leaders.margin).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100, seed: 2026 },
    );
  });

  it("recommends an eligible, active platform that serves everywhere the team hosts", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        const leader = platformById(result.recommended);
        expect(result.ranking[0]!.eligible).toBe(true);
        expect(leader.status).toBe("active");
        // Servers at edge sites are servers of your own: what runs on-prem runs there.
        const sites = result.answers.edgeFootprint === "site-servers";
        for (const target of result.answers.hosting ?? [])
          expect(serves(leader, sites && target === "edge" ? "on-prem" : target, result.answers.hosting!)).toBe(true);
      }),
      RUNS,
    );
  });

  it("never gives a single-host tool to several hosts or to high availability", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const result = await recommend(answers);
        const effective = result.answers;
        if ((effective.hostCount ?? 1) > 1 || effective.highAvailability)
          expect(singleHost(result.recommended)).toBe(false);
        if ((effective.hostCount ?? 1) > 1000) expect(result.recommended).not.toBe("docker-swarm");
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
      { numRuns: 1000, seed: 2026 },
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
