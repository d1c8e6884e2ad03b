import { describe, expect, it } from "vitest";
import { reportData } from "./report-data.ts";
import {
  exampleProfile,
  sampleOrgRecommendation,
  sampleRecommendation,
  sampleRecommendationWithConflicts,
} from "./test-fixture.ts";

const when = new Date("2026-11-22T10:30:00Z");
const RAW_FILE = /\d{3}_[0-9a-f]{16}\.txt/;

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

  it("sums the decision up in words: score, how sure, three reasons, assumptions", () => {
    expect(report.summary.decision).toBe("Docker Swarm, score 84 of 100.");
    expect(report.summary.confidence).toMatch(/^Clear choice: Docker Swarm meets every requirement you stated/);
    expect(report.summary.runnerUp).toBe("Runner-up: Kubernetes (self-managed), score 75, 9 below 84.");
    expect(report.scoreGap).toBe(84 - 75);
    expect(report.summary.reasons.length).toBeLessThanOrEqual(3);
    expect(report.summary.reasons[0]?.text).toContain("40 containers on 3 hosts");
    expect(report.summary.assumedLine).toBe("Based on 1 assumed answer:");
    expect(report.summary.assumptions).toEqual(["Survives a lost host: No"]);
    expect(report.summary.conflicts).toEqual([]);
  });

  it("splits each platform's reasons into pros, cons and exclusions, with readable effects", () => {
    const swarm = report.platforms.find((p) => p.platform === "docker-swarm");
    expect(swarm?.pros.every((r) => (r.impact ?? 0) > 0)).toBe(true);
    expect(swarm?.cons.every((r) => (r.impact ?? 0) < 0)).toBe(true);
    expect(swarm?.pros[0]?.effect).toBe("+12");
    expect(swarm?.cons[0]?.effect).toBe("-2");
    const excluded = report.platforms.filter((p) => !p.eligible);
    for (const entry of excluded) expect(entry.exclusions[0]?.effect).toBe("rules out");
    expect(report.why).toEqual(swarm?.pros);
  });

  it("groups ruled-out platforms by cause, without their names in the cause", () => {
    const total = report.ruledOut.reduce((sum, group) => sum + group.platforms.length, 0);
    expect(total).toBe(10);
    for (const group of report.ruledOut) expect(group.cause).toBe("Run only where you do not host");
  });

  it("tells given answers from assumed and unasked ones", () => {
    const origin = Object.fromEntries(report.answers.map((a) => [a.question, a.origin]));
    expect(origin.teamSize).toBe("given");
    expect(origin.hosting).toBe("given");
    expect(origin.highAvailability).toBe("assumed");
    expect(origin.needs).toBe("not asked");
    expect(report.answers.find((a) => a.question === "hosting")?.value).toBe("Our own data centre (on-prem)");
  });

  it("counts as assumed exactly the answers marked so, each with a value, and says why a default is not counted", () => {
    const sample = sampleRecommendation();
    const recommendation = {
      ...sample,
      assumptions: [
        ...sample.assumptions,
        { question: "traffic" as const, value: null, text: "No kind of traffic is required." },
      ],
      // Hosts filled in for the others, with no bearing on the pick; the edge footprint is off this path.
      answers: { ...sample.answers, edgeFootprint: "devices" as const },
    };
    const given = {
      teamSize: 8,
      hosting: ["on-prem" as const],
      containerCount: 40,
      environment: "production" as const,
      experience: "docker" as const,
    };
    const data = reportData(recommendation, given, new Date("2026-11-22T00:00:00Z"));
    const row = (question: string) => data.answers.find((answer) => answer.question === question);
    const assumed = data.answers.filter((answer) => answer.origin === "assumed");
    expect(data.summary.assumedLine).toBe(`Based on ${assumed.length} assumed answers:`);
    expect(assumed.map((answer) => answer.question)).toEqual(["highAvailability", "traffic"]);
    expect(row("traffic")?.value).toBe("no requirement");
    expect(data.summary.assumptions).toContain("Inbound traffic: no requirement");
    expect(row("hostCount")).toMatchObject({ value: "3 hosts", origin: "default" });
    expect(row("edgeFootprint")).toMatchObject({ value: "-", origin: "not asked" });
    expect(data.defaultsLine).toBe(
      "Filled in to rank the other platforms, and not counted as assumed because Docker Swarm does not depend on it: Hosts: 3 hosts.",
    );
  });

  it("cites every source once by a readable title, never by file name", () => {
    expect(report.sources.length).toBeGreaterThan(2);
    const chapter = report.sources.find(
      (source) => source.title === "Container Orchestration, chapter 4 of Docker in Production",
    );
    expect(chapter?.sections).toEqual(["4.4 Orchestration Platforms Compared", "4.5 Choosing the Right Platform"]);
    expect(JSON.stringify(report.sources)).not.toMatch(RAW_FILE);
    expect(JSON.stringify(report.platforms)).not.toMatch(RAW_FILE);
    const keys = report.sources.map((source) => source.title);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("describes what-ifs and growth steps in words", () => {
    expect(report.whatIf[0]).toMatchObject({
      change: "Containers at peak: 150 containers",
      recommended: "Kubernetes (self-managed)",
    });
    expect(report.growth.holds).toBe(false);
    expect(report.growth.steps[0]?.step).toBe("x10: 400 containers");
  });

  it("says the growth path in one line when nothing changes", () => {
    const steady = { ...recommendation, growthPath: [] };
    const data = reportData(steady, {}, when);
    expect(data.growth).toEqual({
      holds: true,
      line: "Docker Swarm still leads at 2, 5 and 10 times the containers, hosts and team.",
      steps: [],
    });
  });

  it("carries conflicts, ignored answers and the profile", () => {
    const data = reportData(sampleRecommendationWithConflicts(), { teamSize: 8 }, when);
    expect(data.summary.conflicts[0]).toContain("best serverless option is Google Cloud Run");
    expect(data.ignored).toHaveLength(1);
    expect(data.summary.profile).toBe("Acme platform policy, revision 3");
  });

  it("says which stated requirement the pick leaves unmet, and calls it a trade-off", () => {
    const data = reportData(
      sampleRecommendationWithConflicts(),
      { teamSize: 8, hosting: ["on-prem"], management: "serverless", highAvailability: true },
      when,
    );
    expect(data.summary.confidence).toMatch(/^Trade-off: No platform meets every requirement/);
    expect(data.summary.requirements).toBe(
      "Docker Swarm meets 2 of your 3 stated requirements; not: Infrastructure to operate: None: serverless (You asked for serverless; Docker Swarm runs on servers you operate).",
    );
    const met = reportData(sampleRecommendation(), { hosting: ["on-prem"], highAvailability: true }, when);
    expect(met.summary.requirements).toBe(
      "Docker Swarm meets all 2 of your stated requirements (Where it runs: Our own data centre (on-prem); Survives a lost host: Yes).",
    );
  });

  it("prefers PUBLIC_URL for its links over the address the request came to", () => {
    const data = reportData(recommendation, { teamSize: 8 }, when, {
      appUrl: "http://127.0.0.1:8787",
      publicUrl: "https://advisor.example.com",
    });
    expect(data.restoreLink).toBe("https://advisor.example.com/?view=result&teamSize=8");
  });

  it("links back to the answers when it knows where the app runs", () => {
    const data = reportData(recommendation, { teamSize: 8, hosting: ["aws", "gcp"] }, when, {
      appUrl: "https://advisor.example.com/",
    });
    expect(data.restoreLink).toBe("https://advisor.example.com/?view=result&teamSize=8&hosting=aws%2Cgcp");
  });
});

describe("reportData under an organisation profile (v2)", () => {
  const profile = exampleProfile();
  const given = { teamSize: 8, custom: { "cardholder-data": "yes" } };
  const report = reportData(sampleOrgRecommendation(profile), given, when, { profile });

  it("names the organisation's own platform as the ranking does", () => {
    expect(report.recommended).toEqual({ platform: "org-runway", name: "Acme Runway", score: 90 });
    expect(report.platformNames).toContain("Acme Runway");
  });

  it("lists the custom answer by the question's prompt and the option's label, after the built-in answers", () => {
    const row = report.answers.at(-1);
    expect(row).toEqual({
      question: "custom.cardholder-data",
      label: "Does the workload store, process or transmit payment card data?",
      value: "Yes, cardholder data",
      origin: "given",
    });
    expect(report.customAnswers.map((answer) => answer.labels)).toEqual([["Yes, cardholder data"]]);
  });

  it("says so when a custom question was left unanswered", () => {
    const open = reportData(sampleOrgRecommendation(profile), { teamSize: 8 }, when, { profile });
    expect(open.answers.at(-1)).toMatchObject({ question: "custom.cardholder-data", origin: "not answered" });
  });

  it("lists the internal platform's sources with the links its profile gives", () => {
    expect(report.sources).toContainEqual({
      title: "Acme Runway handbook",
      url: "https://runway.acme.example/handbook",
      sections: [],
    });
    expect(report.sources).toContainEqual({
      title: "Acme PCI DSS report on compliance 2026",
      url: "https://compliance.acme.example/pci-dss/2026",
      sections: [],
    });
  });

  it("still shows the answers and the platform without the profile, in raw words", () => {
    const bare = reportData(sampleOrgRecommendation(profile), given, when);
    expect(bare.recommended.name).toBe("Acme Runway");
    expect(bare.answers.at(-1)).toMatchObject({ label: "cardholder-data", value: "yes", origin: "given" });
    // The reasons carry their own links.
    expect(bare.sources).toContainEqual(
      expect.objectContaining({ title: "Acme Runway handbook", url: "https://runway.acme.example/handbook" }),
    );
  });

  it("links back to the answers with the custom answer by its path", () => {
    const linked = reportData(sampleOrgRecommendation(profile), given, when, { profile, appUrl: "https://a.example" });
    expect(linked.restoreLink).toBe("https://a.example/?view=result&teamSize=8&custom.cardholder-data=yes");
  });
});
