import { assessmentStore, type Storage } from "@platform-advisor/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, testApp } from "./harness.ts";
import { freshStorage } from "./stores.ts";

const WRITE = "portal-0123456789abcdef";
const READ = "dash-abcdefghijklmnopqrst";
const TOKENS = { API_TOKENS: `portal:${WRITE}:write,dash:${READ}:read` };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const SAVE = { workload: { id: "checkout-api" }, answers: { teamSize: 4 } };

describe("who may read and write saved assessments", () => {
  let storage: Storage;
  let app: ReturnType<typeof testApp>["app"];
  let logs: ReturnType<typeof testApp>["logs"];

  beforeAll(async () => {
    storage = await freshStorage("embedded");
    ({ app, logs } = testApp(TOKENS, { store: assessmentStore(storage) }));
  }, 120_000);
  afterAll(() => storage?.close());

  const expectProblem = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).status).toBe(status);
  };

  it("asks for a token with 401 and WWW-Authenticate when there is none", async () => {
    for (const path of ["/api/v1/assessments", "/api/v1/assessments/some-id", "/api/v1/portfolio"]) {
      const response = await app.request(path);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="platform-advisor"');
      await expectProblem(response, 401);
    }
    await expectProblem(await app.request("/api/v1/assessments", json(SAVE)), 401);
    await expectProblem(
      await app.request("/api/v1/assessments", { headers: { authorization: `Basic ${WRITE}` } }),
      401,
    );
  });

  it("answers 401 to an unknown token, and to a known token's prefix", async () => {
    for (const token of ["nope-0123456789abcdef", WRITE.slice(0, -1), `${WRITE}x`]) {
      const response = await app.request("/api/v1/assessments", { headers: bearer(token) });
      expect(response.headers.get("www-authenticate")).toMatch(/error="invalid_token"/);
      await expectProblem(response, 401);
    }
  });

  it("lets a read token read but not write (403)", async () => {
    expect((await app.request("/api/v1/assessments", { headers: bearer(READ) })).status).toBe(200);
    expect((await app.request("/api/v1/portfolio", { headers: bearer(READ) })).status).toBe(200);
    await expectProblem(await app.request("/api/v1/assessments", json(SAVE, bearer(READ))), 403);
    await expectProblem(await app.request("/api/v1/assessments/x", { method: "DELETE", headers: bearer(READ) }), 403);
  });

  it("lets a write token save, read and delete", async () => {
    const saved = await app.request("/api/v1/assessments", json(SAVE, bearer(WRITE)));
    expect(saved.status).toBe(201);
    const location = saved.headers.get("location") ?? "";
    expect(location).toMatch(/^\/api\/v1\/assessments\/[\w-]+$/);
    expect((await app.request(location, { headers: bearer(READ) })).status).toBe(200);
    expect((await app.request(location, { method: "DELETE", headers: bearer(WRITE) })).status).toBe(204);
  });

  it("keeps recommendations, reports, questions, platforms and the profile open", async () => {
    expect((await app.request("/api/v1/recommendations", json({ answers: {} }))).status).toBe(200);
    expect((await app.request("/api/v1/reports?format=md", json({ answers: {} }))).status).toBe(200);
    expect((await app.request("/api/v1/questions")).status).toBe(200);
    expect((await app.request("/api/v1/platforms")).status).toBe(200);
    expect((await app.request("/api/v1/profile/schema")).status).toBe(200);
  });

  it("never logs a token", () => {
    const logged = JSON.stringify(logs);
    expect(logged).not.toContain(WRITE);
    expect(logged).not.toContain(READ);
  });

  it("serves without tokens when none are configured (the server starts so only on loopback)", async () => {
    const open = testApp({}, { store: assessmentStore(storage) }).app;
    expect((await open.request("/api/v1/assessments")).status).toBe(200);
  });
});

describe("the OpenAPI document", () => {
  it("documents the bearer scheme on every saved-assessment and portfolio operation, and only there", async () => {
    const { app } = testApp();
    const document = await (await app.request("/api/v1/openapi.json")).json();
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    for (const [path, operations] of Object.entries(
      document.paths as Record<string, Record<string, { security?: unknown; responses: Record<string, unknown> }>>,
    )) {
      const guarded = path.startsWith("/api/v1/assessments") || path === "/api/v1/portfolio";
      for (const [method, operation] of Object.entries(operations)) {
        // Open operations say so with an empty list, as linters and client generators expect.
        expect(operation.security, `${method} ${path}`).toEqual(guarded ? [{ bearerAuth: [] }] : []);
        if (guarded)
          expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(expect.arrayContaining(["401", "403"]));
      }
    }
  });
});
