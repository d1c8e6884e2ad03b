import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assessmentStore, type Storage } from "@platform-advisor/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Api, type HttpResponse, type Problem } from "./advisor-client/advisor-client.ts";
import { CLIENT_FILE, clientSource } from "./advisor-client/generate.ts";
import { testApp } from "./harness.ts";
import { freshStorage } from "./stores.ts";

const TOKEN = "backstage-0123456789abcdef";
let storage: Storage;
let app: ReturnType<typeof testApp>["app"];

beforeAll(async () => {
  storage = await freshStorage("embedded");
  app = testApp(
    { API_TOKENS: `backstage:${TOKEN}:write:payments`, ALLOWED_HOSTS: "advisor.internal" },
    { store: assessmentStore(storage) },
  ).app;
}, 120_000);
afterAll(() => storage?.close());

/** The generated client as a portal uses it: its base URL, its token, and (here) the app instead of the network. */
const client = (token = TOKEN) =>
  new Api({
    baseUrl: "http://advisor.internal",
    baseApiParams: { headers: { authorization: `Bearer ${token}` } },
    customFetch: (input, init) => Promise.resolve(app.request(input as string, init)),
  });

/** The generated client rejects with the response on a 4xx or 5xx; its `error` is the problem. */
const refusal = async (call: Promise<unknown>): Promise<HttpResponse<unknown, Problem>> => {
  try {
    await call;
  } catch (response) {
    return response as HttpResponse<unknown, Problem>;
  }
  throw new Error("the call was expected to fail");
};

describe("a TypeScript client generated from the OpenAPI document", () => {
  it("is the one committed: regenerate it when the document changes, and tsc checks every use", async () => {
    const document = await (await app.request("http://advisor.internal/api/v1/openapi.json")).json();
    expect(
      await clientSource(document),
      "the OpenAPI document changed: regenerate with npx tsx --conditions=source test/api/advisor-client/generate.ts",
    ).toBe(readFileSync(CLIENT_FILE, "utf8"));
  }, 60_000);

  it("reads the data endpoints and recommends, in both views", async () => {
    const api = client().api;
    const { data: questionnaire } = await api.listQuestions();
    expect(questionnaire.questions[0]?.id).toBe("environment");
    expect(questionnaire.customQuestions).toEqual([]);
    const { data: full } = await api.recommend({ answers: { teamSize: 12, containerCount: 60, hostCount: 4 } });
    if (!("whatIf" in full)) throw new Error("the full view is the default");
    expect(full.ranking[0]?.platform).toBe(full.recommended);
    expect(full.ranking.every((entry) => entry.reasons.every((reason) => reason.source.length > 0))).toBe(true);
    const { data: summary } = await api.recommend(
      { answers: { teamSize: 12, containerCount: 60, hostCount: 4 } },
      { view: "summary" },
    );
    if ("whatIf" in summary) throw new Error("the summary was asked for");
    expect(summary.recommended).toBe(full.recommended);
    expect(summary.certainty.level).toBe(full.certainty.level);
  });

  it("sends a batch in the compact view", async () => {
    const { data } = await client().api.recommendBatch(
      {
        items: [
          { id: "a", answers: { teamSize: 3 } },
          { id: "b", answers: { hostCount: 0 } },
        ],
      },
      { view: "summary" },
    );
    expect([data.succeeded, data.failed]).toEqual([1, 1]);
    const [first, second] = data.results;
    expect(first?.status === 200 && first.recommendation.ranking.length).toBeGreaterThan(0);
    expect(second?.status === 400 && second.problem.errors?.[0]?.path).toBe("answers.hostCount");
  });

  it("saves, lists, reads and deletes an assessment for its team, and sees the portfolio", async () => {
    const api = client().api;
    const { data: saved } = await api.saveAssessment({
      workload: { id: "checkout-api", team: "payments" },
      answers: { teamSize: 6, containerCount: 30, currentPlatform: "docker-compose" },
    });
    expect(saved.createdBy).toBe("backstage");
    const { data: page } = await api.listAssessments({ team: "payments", limit: 10 });
    expect(page.items.map((item) => item.id)).toEqual([saved.id]);
    const { data: detail } = await api.getAssessment(saved.id);
    expect(detail.current?.recommended).toBe(saved.recommendation.recommended);
    const { data: portfolio } = await api.getPortfolio({ team: "payments" });
    expect(portfolio.workloads).toBe(1);
    const deleted = await api.deleteAssessment(saved.id);
    expect(deleted.status).toBe(204);
  });

  it("reads refusals as typed problems", async () => {
    const api = client().api;
    const forbidden = await refusal(api.saveAssessment({ workload: { id: "x", team: "search" }, answers: {} }));
    expect(forbidden.status).toBe(403);
    expect(forbidden.error.detail).toContain("search");
    const unknown = await refusal(client("not-a-token-0123456789").api.listAssessments());
    expect(unknown.status).toBe(401);
    const invalid = await refusal(api.recommend({ answers: { teamSize: 0 } }));
    expect(invalid.error.errors?.map((error) => error.path)).toEqual(["answers.teamSize"]);
  });

  it("reads an organisation profile's own questions and platforms, and answers them", async () => {
    const example = fileURLToPath(new URL("../../docs/org-profile.example.yaml", import.meta.url));
    const profiled = testApp({ ORG_PROFILE: example, ALLOWED_HOSTS: "advisor.internal" }).app;
    const api = new Api({
      baseUrl: "http://advisor.internal",
      customFetch: (input, init) => Promise.resolve(profiled.request(input as string, init)),
    }).api;
    const { data: questionnaire } = await api.listQuestions();
    const [question] = questionnaire.customQuestions;
    const yes = question?.options.find((option) => option.requires?.length);
    if (!question || !yes) throw new Error("the example profile asks a question that sets a requirement");
    const { data: catalogue } = await api.listPlatforms();
    const own = catalogue.platforms.filter((platform) => platform.sources !== undefined);
    expect(own.map((platform) => platform.id)).toEqual(["org-runway"]);
    const { data } = await api.recommend(
      { answers: { hosting: ["on-prem"], custom: { [question.id]: yes.value } } },
      { view: "summary" },
    );
    if ("whatIf" in data) throw new Error("the summary was asked for");
    expect(data.recommended).toBe(own[0]?.id);
    expect(data.name).toBe(own[0]?.name);
  });
});
