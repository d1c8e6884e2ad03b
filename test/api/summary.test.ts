import { type Recommendation, RecommendationSummary, summarise } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
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
