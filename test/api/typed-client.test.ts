import { type App, type AssessmentStore, assessmentStore, type Storage } from "@platform-advisor/api";
import { hc } from "hono/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectContract, testApp } from "./harness.ts";
import { freshStorage } from "./stores.ts";

let storage: Storage;
let store: AssessmentStore;
beforeAll(async () => {
  storage = await freshStorage("embedded");
  store = assessmentStore(storage);
}, 120_000);
afterAll(() => storage?.close());

/** What a portal does: a client typed from the API's own route definitions, over fetch. */
const portalClient = () => {
  // The portal reaches the advisor by its service name, which the server is told to answer to.
  const { app } = testApp({ ALLOWED_HOSTS: "advisor.internal" }, { store });
  return hc<App>("http://advisor.internal", {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init),
  });
};

describe("a portal with hono's typed client", () => {
  it("reads the questionnaire and the catalogue", async () => {
    const client = portalClient();
    const questions = await client.api.v1.questions.$get();
    const platforms = await client.api.v1.platforms.$get();
    if (questions.status !== 200 || platforms.status !== 200) throw new Error("the data endpoints failed");
    const { questions: list } = await questions.json();
    expect(list[0]?.id).toBe("environment");
    const { platforms: catalogue } = await platforms.json();
    expect(catalogue.find((platform) => platform.id === "kubernetes")?.complexity.value).toBeGreaterThan(5);
  });

  it("gets a recommendation, typed", async () => {
    const client = portalClient();
    const response = await client.api.v1.recommendations.$post({
      query: {},
      json: { answers: { teamSize: 12, containerCount: 60, hostCount: 4, hosting: ["aws"], highAvailability: true } },
    });
    if (response.status !== 200) throw new Error(`unexpected ${response.status}`);
    const recommendation = await response.json();
    // The 200 is the full view or the summary, by ?view=: the full one has whatIf.
    if (!("whatIf" in recommendation)) throw new Error("the full view was asked for");
    expectContract(recommendation);
    const leader = recommendation.ranking[0];
    expect(leader?.platform).toBe(recommendation.recommended);
    expect(leader?.reasons.every((reason) => reason.source.length > 0)).toBe(true);
  });

  it("reads a rejection as a typed problem", async () => {
    const client = portalClient();
    const response = await client.api.v1.recommendations.$post({
      query: {},
      // @ts-expect-error the client's types refuse what the API refuses: teamSize is a number
      json: { answers: { teamSize: "eight" } },
    });
    expect(response.status).toBe(400);
    if (response.status === 400) {
      const problem = await response.json();
      expect(problem.errors?.map((error) => error.path)).toEqual(["answers.teamSize"]);
    }
  });

  it("asks for the compact view, typed", async () => {
    const client = portalClient();
    const response = await client.api.v1.recommendations.$post({
      query: { view: "summary" },
      json: { answers: { teamSize: 12, containerCount: 60, hostCount: 4 } },
    });
    if (response.status !== 200) throw new Error(`unexpected ${response.status}`);
    const summary = await response.json();
    if ("whatIf" in summary) throw new Error("the summary was asked for");
    expect(summary.certainty.level).toMatch(/^(clear|close|trade-off|provisional)$/);
    expect(summary.ranking[0]?.platform).toBe(summary.recommended);
    expect(summary.ranking[0]).not.toHaveProperty("reasons");
  });

  it("sends a batch and reads each item's result", async () => {
    const client = portalClient();
    const response = await client.api.v1.recommendations.batch.$post({
      query: {},
      json: {
        items: [
          { id: "payments", answers: { teamSize: 30 } },
          { id: "search", answers: { hostCount: 0 } },
        ],
      },
    });
    if (response.status !== 200) throw new Error(`unexpected ${response.status}`);
    const { results } = await response.json();
    const [payments, search] = results;
    expect(payments?.status === 200 && payments.recommendation.recommended).toBeTruthy();
    expect(payments?.status === 200 && "whatIf" in payments.recommendation).toBe(true);
    expect(search?.status === 400 && search.problem.errors?.[0]?.path).toBe("answers.hostCount");
  });

  it("downloads a report", async () => {
    const client = portalClient();
    const response = await client.api.v1.reports.$post({ query: { format: "md" }, json: { answers: { teamSize: 3 } } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="platform-advisor-.+\.md"$/);
  });

  it("saves an assessment, lists it, reads it back and sees the portfolio, typed", async () => {
    const client = portalClient();
    const saved = await client.api.v1.assessments.$post({
      json: {
        workload: { id: "checkout-api", name: "Checkout API", team: "payments" },
        answers: { teamSize: 6, containerCount: 30, currentPlatform: "docker-compose" },
      },
    });
    if (saved.status !== 201) throw new Error(`unexpected ${saved.status}`);
    const assessment = await saved.json();
    expectContract(assessment.recommendation);

    const list = await client.api.v1.assessments.$get({ query: { team: "payments", limit: "10" } });
    if (list.status !== 200) throw new Error(`unexpected ${list.status}`);
    const { items, next } = await list.json();
    expect(items.map((item) => item.id)).toEqual([assessment.id]);
    expect(next).toBeNull();

    const read = await client.api.v1.assessments[":id"].$get({ param: { id: assessment.id } });
    if (read.status !== 200) throw new Error(`unexpected ${read.status}`);
    const detail = await read.json();
    expect(detail.current?.recommended).toBe(assessment.recommendation.recommended);
    expect(detail.changes).toBeUndefined();

    const portfolio = await client.api.v1.portfolio.$get({ query: { team: "payments" } });
    if (portfolio.status !== 200) throw new Error(`unexpected ${portfolio.status}`);
    const view = await portfolio.json();
    expect(view.workloads).toBe(1);
    expect(view.byRecommended[assessment.recommendation.recommended]).toBe(1);

    const missing = await client.api.v1.assessments[":id"].$get({ param: { id: "no-such-id" } });
    expect(missing.status).toBe(404);
  });
});
