import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Answers, type Recommendation, RecommendationSummary, summarise } from "@platform-advisor/model";
import { recommend } from "@platform-advisor/rules";
import { afterAll, describe, expect, it } from "vitest";
import { json, testApp } from "./harness.ts";

const TEAM = { teamSize: 8, containerCount: 40, hostCount: 3, hosting: ["aws"], highAvailability: true };
const { app } = testApp({ RATE_LIMIT_MAX: "0" });

const post = (query: string, body: unknown) => app.request(`/api/v1/recommendations${query}`, json(body));

describe("POST /api/v1/recommendations?view=summary", () => {
  it("answers the compact view of the same recommendation the full view gives", async () => {
    const full = (await (await post("", { answers: TEAM })).json()) as Recommendation;
    const response = await post("?view=summary", { answers: TEAM });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await response.text();
    const summary = RecommendationSummary.strict().parse(JSON.parse(text));
    expect(summary).toEqual(summarise(full));
    expect(text).not.toContain('"reasons"');
    // A tenth to a fifth of the full view (the 2 kB goal is measured in docs/benchmarks.md).
    expect(text.length).toBeLessThan(JSON.stringify(full).length / 4);
  });

  it("answers the full view for view=full and without view", async () => {
    const explicit = await (await post("?view=full", { answers: TEAM })).json();
    const implicit = await (await post("", { answers: TEAM })).json();
    expect(explicit).toEqual(implicit);
    expect(explicit.ranking[0].reasons.length).toBeGreaterThan(0);
  });

  it("rejects any other view with a 400 problem naming the field", async () => {
    for (const view of ["compact", "", "SUMMARY"]) {
      const response = await post(`?view=${view}`, { answers: TEAM });
      expect(response.status, view).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = await response.json();
      expect(problem.errors.map((error: { path: string }) => error.path)).toEqual(["view"]);
    }
  });

  it("still validates the answers first-class: a bad answer is a 400 in the summary view too", async () => {
    const response = await post("?view=summary", { answers: { teamSize: 0 } });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].path).toBe("answers.teamSize");
  });
});

describe("POST /api/v1/recommendations/batch?view=summary", () => {
  it("gives each answered item the compact view and each rejected item its problem", async () => {
    const items = [{ id: "a", answers: TEAM }, { id: "b", answers: { hostCount: 0 } }, { answers: { teamSize: 3 } }];
    const response = await app.request("/api/v1/recommendations/batch?view=summary", json({ items }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ succeeded: 2, failed: 1 });
    const [first, second, third] = body.results;
    expect(first).toMatchObject({ index: 0, id: "a", status: 200 });
    const full = (await (await post("", { answers: TEAM })).json()) as Recommendation;
    expect(RecommendationSummary.strict().parse(first.recommendation)).toEqual(summarise(full));
    expect(second).toMatchObject({ index: 1, id: "b", status: 400 });
    expect(second.problem.errors[0].path).toBe("answers.hostCount");
    expect(third.recommendation).not.toHaveProperty("whatIf");
  });

  it("rejects a bad view before deciding anything", async () => {
    const response = await app.request("/api/v1/recommendations/batch?view=tiny", json({ items: [{ answers: TEAM }] }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].path).toBe("view");
  });
});

/** Answer sets that differ in what the compact view shows: margins, certainty, conflicts, unmet requirements. */
const SETS = [
  {},
  TEAM,
  { teamSize: 1, containerCount: 1, hosting: ["on-prem"], scaling: "scale-to-zero", management: "serverless" },
  { teamSize: 60, containerCount: 2000, hostCount: 200, hosting: ["aws", "gcp"], needs: ["custom-scheduling"] },
  { teamSize: 3, hosting: ["edge"], workloads: ["stateful"], experience: "docker", currentPlatform: "docker-compose" },
  { environment: "development", teamSize: 5, management: "self-managed", workloads: ["non-container", "batch"] },
  { teamSize: 12, hosting: ["azure"], highAvailability: false, zeroDowntimeDeploys: true, experience: "kubernetes" },
];

// Forbids two platforms, assumes answers the team leaves out and moves one platform's points: each shows in the
// compact view only if the summary is decided with the same profile as the full view.
const dir = mkdtempSync(join(tmpdir(), "platform-advisor-summary-"));
const PROFILE = join(dir, "profile.json");
writeFileSync(
  PROFILE,
  JSON.stringify({
    apiVersion: "platform-advisor/v1",
    metadata: { name: "summary-co", revision: 3 },
    spec: {
      platforms: {
        forbidden: [
          { id: "nomad", reason: "Nobody runs Nomad here" },
          { id: "mesos", reason: "Gone" },
        ],
      },
      defaults: { hosting: ["gcp"], environment: "production" },
      adjustments: [{ platform: "aws-fargate", points: 15, reason: "Our Fargate accounts come ready" }],
    },
  }),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ["without a profile", {}],
  ["with a profile", { ORG_PROFILE: PROFILE }],
])("view=summary equals summarise() of the full view, %s", (_, env) => {
  it("on POST /api/v1/recommendations, whichever view is asked first", async () => {
    const { app } = testApp({ RATE_LIMIT_MAX: "0", ...env });
    const ask = async (query: string, answers: unknown) => {
      const response = await app.request(`/api/v1/recommendations${query}`, json({ answers }));
      expect(response.status).toBe(200);
      return response.json();
    };
    for (const [index, answers] of SETS.entries()) {
      // Half the sets are asked in the compact view first, so neither view can be served from the other's entry.
      const summaryFirst = index % 2 === 0;
      const early = await ask(summaryFirst ? "?view=summary" : "", answers);
      const late = await ask(summaryFirst ? "" : "?view=summary", answers);
      const [summary, full] = summaryFirst ? [early, late] : [late, early];
      expect(RecommendationSummary.strict().parse(summary), JSON.stringify(answers)).toEqual(summarise(full));
      // A repeat comes from the cache and is the same.
      expect(await ask("?view=summary", answers)).toEqual(summary);
    }
  });

  it("on the batch route", async () => {
    const { app } = testApp({ RATE_LIMIT_MAX: "0", ...env });
    const items = SETS.map((answers) => ({ answers }));
    const batch = async (query: string) =>
      (await (await app.request(`/api/v1/recommendations/batch${query}`, json({ items }))).json()).results;
    const summaries = await batch("?view=summary");
    const fulls = await batch("");
    expect(summaries).toHaveLength(SETS.length);
    for (const [index, result] of summaries.entries()) {
      expect(result.status, JSON.stringify(SETS[index])).toBe(200);
      expect(RecommendationSummary.strict().parse(result.recommendation)).toEqual(
        summarise(fulls[index].recommendation),
      );
    }
  });
});

it("the profile shows in the compact view as in the full one", async () => {
  const { app } = testApp({ ORG_PROFILE: PROFILE });
  const summary = await (await app.request("/api/v1/recommendations?view=summary", json({ answers: {} }))).json();
  expect(summary.profile).toMatchObject({ name: "summary-co", revision: 3 });
  expect(summary.ranking.find((entry: { platform: string }) => entry.platform === "nomad").eligible).toBe(false);
});

describe("which decision the compact view comes from", () => {
  it("its own: the full decision is not run for view=summary", async () => {
    const views: string[] = [];
    const { app } = testApp(
      {},
      {
        recommend: async (answers: Answers) => {
          views.push("full");
          return recommend(answers);
        },
        recommendSummary: async (answers: Answers) => {
          views.push("summary");
          return summarise(await recommend(answers));
        },
      },
    );
    await app.request("/api/v1/recommendations?view=summary", json({ answers: TEAM }));
    await app.request("/api/v1/recommendations/batch?view=summary", json({ items: [{ answers: { teamSize: 2 } }] }));
    expect(views).toEqual(["summary", "summary"]);
  });

  it("a stand-in for the full decision alone stands in for the compact view too", async () => {
    const made = await recommend(TEAM);
    const standIn: Recommendation = { ...made, recommended: "nomad" };
    const { app } = testApp({}, { recommend: async () => standIn });
    const summary = await (await app.request("/api/v1/recommendations?view=summary", json({ answers: {} }))).json();
    expect(summary).toEqual(summarise(standIn));
  });
});
