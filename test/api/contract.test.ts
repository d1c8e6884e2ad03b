import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { CATALOGUE, PLATFORM_IDS, QUESTION_IDS, QUESTIONNAIRE, Recommendation } from "@platform-advisor/model";
import { RULESET_VERSION, recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { expectContract, json, testApp } from "./harness.ts";

const TEAM = { teamSize: 8, containerCount: 40, hostCount: 3, hosting: ["on-prem"], experience: "docker" };

describe("GET /api/health", () => {
  it("says ok", async () => {
    const response = await testApp().app.request("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", rulesetVersion: RULESET_VERSION });
  });
});

describe("GET /api/v1/questions", () => {
  it("gives the questionnaire with every contract question, in the order it is asked", async () => {
    const response = await testApp().app.request("/api/v1/questions");
    expect(response.status).toBe(200);
    const { questions } = await response.json();
    // Every contract question once, in the questionnaire's order (how much to operate before hosts: issue 16).
    expect(questions.map((q: { id: string }) => q.id)).toEqual(QUESTIONNAIRE.map((question) => question.id));
    expect([...questions.map((q: { id: string }) => q.id)].sort()).toEqual([...QUESTION_IDS].sort());
    for (const question of questions) {
      expect(question).toMatchObject({
        prompt: expect.any(String),
        help: expect.any(String),
        type: expect.any(String),
      });
      expect(Array.isArray(question.showIf)).toBe(true);
    }
  });
});

describe("GET /api/v1/platforms", () => {
  it("gives the catalogue: every contract platform, complexity and capability on one scale", async () => {
    const response = await testApp().app.request("/api/v1/platforms");
    expect(response.status).toBe(200);
    const { platforms } = await response.json();
    expect(platforms.map((p: { id: string }) => p.id)).toEqual([...PLATFORM_IDS]);
    expect(platforms).toEqual(JSON.parse(JSON.stringify(CATALOGUE)));
  });
});

describe("POST /api/v1/recommendations", () => {
  it("answers with a recommendation that keeps the contract", async () => {
    const response = await testApp().app.request("/api/v1/recommendations", json({ answers: TEAM }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = Recommendation.parse(await response.json());
    expectContract(body);
    expect(body.rulesetVersion).toBe(RULESET_VERSION);
  });

  it("gives exactly what the decision core gives", async () => {
    const response = await testApp().app.request("/api/v1/recommendations", json({ answers: TEAM }));
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(await recommend(TEAM))));
  });

  it("gives the same answer with the cache on and off, the first time and the second", async () => {
    const cached = testApp().app;
    const uncached = testApp({ RECOMMENDATION_CACHE_SIZE: "0" }).app;
    const bodies = await Promise.all(
      [cached, cached, uncached, uncached].map(async (app) =>
        (await app.request("/api/v1/recommendations", json({ answers: TEAM }))).text(),
      ),
    );
    expect(new Set(bodies).size).toBe(1);
  });

  it("compresses the recommendation for clients that accept it: brotli when preferred or equal, else gzip", async () => {
    const { app } = testApp();
    const plain = await app.request("/api/v1/recommendations", json({ answers: TEAM }));
    expect(plain.headers.get("content-encoding")).toBeNull();
    const text = await plain.text();
    const zipped = await app.request("/api/v1/recommendations", json({ answers: TEAM }, { "accept-encoding": "gzip" }));
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toContain("Accept-Encoding");
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(text);
    const brotli = await app.request(
      "/api/v1/recommendations",
      json({ answers: TEAM }, { "accept-encoding": "gzip, deflate, br" }),
    );
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(brotli.headers.get("vary")).toContain("Accept-Encoding");
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe(text);
  });

  it("accepts empty answers: every field is optional, and assumptions are reported", async () => {
    const response = await testApp().app.request("/api/v1/recommendations", json({ answers: {} }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expectContract(body);
    expect(body.assumptions.length).toBeGreaterThan(0);
  });
});

describe("POST /api/v1/recommendations/batch", () => {
  it("answers or rejects each item on its own, in order, echoing ids", async () => {
    const response = await testApp().app.request(
      "/api/v1/recommendations/batch",
      json({
        items: [
          { id: "team-a", answers: TEAM },
          { id: "team-b", answers: { teamSize: 0 } },
          { answers: { hosting: ["moon"] } },
          42,
          { id: "team-e", answers: {} },
        ],
      }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.results.map((r: { index: number; status: number }) => [r.index, r.status])).toEqual([
      [0, 200],
      [1, 400],
      [2, 400],
      [3, 400],
      [4, 200],
    ]);
    expect(body.results[0].id).toBe("team-a");
    expect(body.results[1].id).toBe("team-b");
    expect(body.results[1].problem).toMatchObject({ status: 400, instance: "/api/v1/recommendations/batch#/items/1" });
    expect(body.results[1].problem.errors.map((e: { path: string }) => e.path)).toEqual(["answers.teamSize"]);
    expect(body.results[2].problem.errors.map((e: { path: string }) => e.path)).toEqual(["answers.hosting.0"]);
    expect(body).toMatchObject({ succeeded: 2, failed: 3 });
    expectContract(body.results[0].recommendation);
    expect(body.results[0].recommendation).toEqual(JSON.parse(JSON.stringify(await recommend(TEAM))));
  });

  it("takes 1,000 items", async () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({
      answers: { teamSize: 1 + (i % 40), containerCount: 1 + i },
    }));
    const response = await testApp().app.request("/api/v1/recommendations/batch", json({ items }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ succeeded: 1000, failed: 0 });
    expect(body.results.map((r: { index: number }) => r.index)).toEqual(items.map((_, i) => i));
  });
});

describe("POST /api/v1/reports", () => {
  it.each([
    ["md", "text/markdown; charset=utf-8", "# Container platform recommendation"],
    ["html", "text/html; charset=utf-8", "<!doctype html>"],
    ["pdf", "application/pdf", "%PDF-"],
    ["json", "application/json", "{"],
  ])("gives the %s report as a file", async (format, contentType, start) => {
    const { app } = testApp();
    const expected = await recommend(TEAM);
    const response = await app.request(`/api/v1/reports?format=${format}`, json({ answers: TEAM }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(contentType);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="platform-advisor-${expected.recommended}-2026-11-22.${format}"`,
    );
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, start.length).toString("latin1")).toBe(start);
  });

  it("gives a MADR decision record, named as MADR numbers them, that links back to the answers", async () => {
    const expected = await recommend(TEAM);
    const response = await testApp().app.request("/api/v1/reports?format=adr", json({ answers: TEAM }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="0001-container-platform-${expected.recommended}.md"`,
    );
    const record = await response.text();
    expect(record).toMatch(/^---\nstatus: proposed\ndate: 2026-11-22\n/);
    expect(record).toContain("## Decision Outcome");
    expect(record).toContain(`ruleset ${RULESET_VERSION}`);
    expect(record).toMatch(/<http:\/\/localhost\/\?view=result&[^>]+>/);
  });

  it("names the decision's people in the record's front matter when the request gives them", async () => {
    const people = { decisionMakers: ["Platform lead"], consulted: ["SRE", 'Security "red team"'], informed: [] };
    const response = await testApp().app.request(
      "/api/v1/reports?format=adr",
      json({ answers: TEAM, decisionRecord: people }),
    );
    const record = await response.text();
    expect(record).toContain('decision-makers: ["Platform lead"]');
    expect(record).toContain('consulted: ["SRE", "Security \\"red team\\""]');
    expect(record).toContain("informed: []");
    const bad = await testApp().app.request(
      "/api/v1/reports?format=adr",
      json({ answers: TEAM, decisionRecord: { decisionMakers: "Platform lead" } }),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].path).toBe("decisionRecord.decisionMakers");
  });

  it("puts the recommendation, the ruleset version and the date in the report", async () => {
    const expected = await recommend(TEAM);
    const name = CATALOGUE.find((p) => p.id === expected.recommended)?.name ?? "";
    const markdown = await (await testApp().app.request("/api/v1/reports?format=md", json({ answers: TEAM }))).text();
    expect(markdown).toContain(`# Container platform recommendation: ${name}`);
    expect(markdown).toContain(`ruleset ${RULESET_VERSION}`);
    expect(markdown).toContain("2026-11-22");
    const report = await (await testApp().app.request("/api/v1/reports?format=json", json({ answers: TEAM }))).json();
    expect(report.recommendation).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(report.answersGiven).toEqual(TEAM);
    expect(report.generatedAt).toBe("2026-11-22T09:30:00.000Z");
  });

  it("keeps the report from running anything when opened from the API's origin", async () => {
    const response = await testApp().app.request("/api/v1/reports?format=html", json({ answers: TEAM }));
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});

describe("every response", () => {
  it("carries a request id, echoing a well-formed one the client sent", async () => {
    const { app, logs } = testApp();
    const generated = await app.request("/api/health");
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await app.request("/api/health", { headers: { "x-request-id": "portal-123" } });
    expect(echoed.headers.get("x-request-id")).toBe("portal-123");
    expect(logs.at(-1)?.requestId).toBe("portal-123");
  });

  it("carries secure headers", async () => {
    const response = await testApp().app.request("/api/v1/questions");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=/);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("is logged as one JSON line", async () => {
    const { app, logs } = testApp();
    await app.request("/api/v1/recommendations", json({ answers: TEAM }));
    await app.request("/api/v1/nope");
    expect(logs).toEqual([
      expect.objectContaining({
        level: "info",
        msg: "request",
        method: "POST",
        path: "/api/v1/recommendations",
        status: 200,
      }),
      expect.objectContaining({ level: "info", msg: "request", method: "GET", path: "/api/v1/nope", status: 404 }),
    ]);
    expect(typeof logs[0]?.durationMs).toBe("number");
  });
});

describe("CORS", () => {
  const preflight = (origin: string) => ({
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });

  it("answers no origin by default: same origin only", async () => {
    const { app } = testApp();
    const response = await app.request("/api/v1/questions", { headers: { origin: "https://portal.example.com" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(
      (await app.request("/api/v1/recommendations", preflight("https://portal.example.com"))).headers.get(
        "access-control-allow-origin",
      ),
    ).toBeNull();
  });

  it("allows the origins of the allowlist, and only them", async () => {
    const { app } = testApp({ CORS_ORIGINS: "https://portal.example.com" });
    const allowed = await app.request("/api/v1/questions", { headers: { origin: "https://portal.example.com" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://portal.example.com");
    expect(allowed.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
    expect(allowed.headers.get("vary")).toContain("Origin");
    const other = await app.request("/api/v1/questions", { headers: { origin: "https://evil.example.com" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    expect(other.headers.get("vary")).toContain("Origin");
    const options = await app.request("/api/v1/recommendations", preflight("https://portal.example.com"));
    expect(options.status).toBe(204);
    expect(options.headers.get("access-control-allow-origin")).toBe("https://portal.example.com");
    expect(options.headers.get("access-control-allow-methods")).toContain("POST");
  });
});
