import { describe, expect, it } from "vitest";
import { reportData } from "./report-data.ts";
import { sampleRecommendation } from "./test-fixture.ts";

const when = new Date("2026-11-22T10:30:00Z");

describe("reportData", () => {
  const recommendation = sampleRecommendation();
  const report = reportData(recommendation, { teamSize: 8, hosting: ["on-prem"] }, when);

  it("names the recommended platform and its runner-up", () => {
    expect(report.title).toBe("Container platform recommendation: Docker Swarm");
    expect(report.recommended).toEqual({ platform: "docker-swarm", name: "Docker Swarm", score: 84 });
    expect(report.runnerUp?.platform).toBe("kubernetes");
  });

  it("dates the report with the injected moment", () => {
    expect(report.date).toBe("2026-11-22");
    expect(report.generatedAt).toBe("2026-11-22T10:30:00.000Z");
  });

  it("splits each platform's reasons into pros, cons and exclusions", () => {
    const swarm = report.platforms.find((p) => p.platform === "docker-swarm");
    expect(swarm?.pros.every((r) => (r.impact ?? 0) > 0)).toBe(true);
    expect(swarm?.cons.every((r) => (r.impact ?? 0) < 0)).toBe(true);
    const excluded = report.platforms.filter((p) => !p.eligible);
    expect(excluded.length).toBeGreaterThan(0);
    for (const entry of excluded) expect(entry.exclusions.length).toBeGreaterThan(0);
    expect(report.why).toEqual(swarm?.pros);
  });

  it("tells given answers from assumed and unasked ones", () => {
    const origin = Object.fromEntries(report.answers.map((a) => [a.question, a.origin]));
    expect(origin.teamSize).toBe("given");
    expect(origin.hosting).toBe("given");
    expect(origin.highAvailability).toBe("assumed");
    expect(origin.needs).toBe("not asked");
    expect(report.answers.find((a) => a.question === "hosting")?.value).toBe("Our own data centre (on-prem)");
  });

  it("lists every cited source once, sorted", () => {
    const cited = new Set(recommendation.ranking.flatMap((entry) => entry.reasons.map((r) => r.source)));
    for (const source of cited) expect(report.sources).toContain(source);
    expect(report.sources).toEqual([...new Set(report.sources)].sort());
  });

  it("describes what-ifs and growth steps in words", () => {
    expect(report.whatIf[0]).toMatchObject({
      change: "Containers at peak: 150 containers",
      recommended: "Kubernetes (self-managed)",
    });
    expect(report.growthPath[0]?.step).toBe("x10: 400 containers");
  });
});
