import { fileURLToPath } from "node:url";
import { validate } from "@readme/openapi-parser";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { json, testApp } from "./harness.ts";

type Operation = {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};
type Document = {
  openapi: string;
  info: { license?: { name: string; identifier?: string } };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

const TEAM = { teamSize: 8, containerCount: 40, hostCount: 3 };
let document: Document;
let ajv: Ajv2020;

beforeAll(async () => {
  const response = await testApp().app.request("/api/v1/openapi.json");
  expect(response.status).toBe(200);
  document = await response.json();
  ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat("binary", true);
  ajv.addSchema(document, "openapi.json");
});

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** Validates a live response against the schema the document gives for its path, method, status and media type. */
const expectDocumented = async (path: string, method: string, response: Response) => {
  const status = String(response.status);
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  const documented = document.paths[path]?.[method]?.responses[status]?.content?.[mediaType];
  expect(documented, `${method.toUpperCase()} ${path} ${status} ${mediaType} is documented`).toBeDefined();
  if (mediaType.endsWith("json")) {
    const validator = ajv.getSchema(
      `openapi.json#/${pointer("paths", path, method, "responses", status, "content", mediaType, "schema")}`,
    );
    const body = await response.json();
    const valid = validator?.(body);
    expect(validator?.errors ?? [], `${method.toUpperCase()} ${path} ${status}`).toEqual([]);
    expect(valid).toBe(true);
  }
};

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("lints clean under Redocly's recommended rules, as a portal team would lint it", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: "openapi.json", config });
    expect(
      problems.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`),
    ).toEqual([]);
  }, 60_000);

  it("names every operation (unique operationIds), declares open ones open, and has a server and a licence", () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ at: `${method} ${path}`, ...operation })),
    );
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) {
      expect(operation.security, operation.at).toBeDefined();
      expect(
        Object.keys(operation.responses).some((status) => /^4\d\d$/.test(status)),
        operation.at,
      ).toBe(true);
    }
    expect(document.servers).toEqual([expect.objectContaining({ url: "/" })]);
    expect(document.info.license).toMatchObject({ name: expect.any(String), identifier: expect.any(String) });
  });

  it("names this server by PUBLIC_URL when set", async () => {
    const response = await testApp({ PUBLIC_URL: "https://advisor.example.com/" }).app.request("/api/v1/openapi.json");
    expect((await response.json()).servers).toEqual([expect.objectContaining({ url: "https://advisor.example.com" })]);
  });

  it("documents every route of the API and no route that does not exist", async () => {
    const { app } = testApp();
    const served = app.routes
      .filter(
        (route) =>
          (route.path.startsWith("/api/") || route.path === "/metrics") &&
          !/[*]/.test(route.path) &&
          route.method !== "ALL",
      )
      .filter((route) => route.path !== "/api/v1/openapi.json" && !route.path.startsWith("/api/docs"))
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual([...new Set(served)].sort());
  });

  it("documents schemas strict enough to reject a wrong body", () => {
    const validator = ajv.getSchema(
      `openapi.json#/${pointer("paths", "/api/v1/recommendations", "post", "responses", "200", "content", "application/json", "schema")}`,
    );
    expect(validator?.({ recommended: "docker-swarm" })).toBe(false);
    expect(validator?.({})).toBe(false);
  });

  it("registers the contract's schemas as components", () => {
    for (const name of [
      "Answers",
      "Recommendation",
      "RankedPlatform",
      "Reason",
      "Question",
      "Platform",
      "Problem",
      "BatchItem",
    ]) {
      expect(document.components.schemas).toHaveProperty(name);
    }
  });
});

describe("live responses match the documented schemas", () => {
  const { app } = testApp({ RATE_LIMIT_MAX: "100" });

  it.each([
    ["/api/health", "get"],
    ["/api/ready", "get"],
    ["/api/v1/questions", "get"],
    ["/api/v1/platforms", "get"],
  ])("%s", async (path, method) => {
    await expectDocumented(path, method, await app.request(path));
  });

  it("/api/v1/recommendations: 200, 400, 413, 415", async () => {
    const path = "/api/v1/recommendations";
    await expectDocumented(path, "post", await app.request(path, json({ answers: TEAM })));
    await expectDocumented(path, "post", await app.request(path, json({ answers: { teamSize: -1 } })));
    await expectDocumented(path, "post", await app.request(path, json("{oops")));
    await expectDocumented(path, "post", await app.request(path, json("x".repeat(1024 * 1024 + 1))));
    await expectDocumented(
      path,
      "post",
      await app.request(path, { method: "POST", body: "{}", headers: { "content-type": "text/plain" } }),
    );
  });

  it("/api/v1/recommendations and the batch with view=summary: 200, and 400 for another view", async () => {
    for (const path of ["/api/v1/recommendations", "/api/v1/recommendations/batch"]) {
      const body = path.endsWith("batch")
        ? { items: [{ answers: TEAM }, { answers: { teamSize: 0 } }] }
        : { answers: TEAM };
      await expectDocumented(path, "post", await app.request(`${path}?view=summary`, json(body)));
      await expectDocumented(path, "post", await app.request(`${path}?view=tiny`, json(body)));
    }
  });

  it("/api/health and /api/ready: 413 for a body over the limit", async () => {
    for (const path of ["/api/health", "/api/ready"]) {
      const response = await app.request(path, { headers: { "content-length": String(2 * 1024 * 1024) } });
      expect(response.status).toBe(413);
      await expectDocumented(path, "get", response);
    }
  });

  it("/api/v1/recommendations/batch: 200 with answered and rejected items, 400", async () => {
    const path = "/api/v1/recommendations/batch";
    const items = [{ id: "a", answers: TEAM }, { answers: { teamSize: 0 } }, "nonsense"];
    await expectDocumented(path, "post", await app.request(path, json({ items })));
    await expectDocumented(path, "post", await app.request(path, json({ items: [] })));
  });

  it.each(["md", "html", "pdf", "json", "adr"])("/api/v1/reports?format=%s", async (format) => {
    const response = await app.request(`/api/v1/reports?format=${format}`, json({ answers: TEAM }));
    expect(response.status).toBe(200);
    await expectDocumented("/api/v1/reports", "post", response);
  });

  it("/api/v1/reports: 400", async () => {
    await expectDocumented(
      "/api/v1/reports",
      "post",
      await app.request("/api/v1/reports?format=txt", json({ answers: TEAM })),
    );
  });

  it("429 and 500", async () => {
    const limited = testApp({ RATE_LIMIT_MAX: "1" }).app;
    await limited.request("/api/v1/questions");
    await expectDocumented("/api/v1/questions", "get", await limited.request("/api/v1/questions"));
    const broken = testApp({}, { recommend: () => Promise.reject(new Error("bug")) }).app;
    await expectDocumented(
      "/api/v1/recommendations",
      "post",
      await broken.request("/api/v1/recommendations", json({ answers: {} })),
    );
  });
});

describe("live responses under an organisation profile (v2) match the documented schemas", () => {
  const example = fileURLToPath(new URL("../../docs/org-profile.example.yaml", import.meta.url));
  const { app } = testApp({ ORG_PROFILE: example, RATE_LIMIT_MAX: "100" });
  const answers = { hosting: ["on-prem"], custom: { "cardholder-data": "yes" } };

  it.each(["/api/v1/questions", "/api/v1/platforms"])(
    "%s, with the profile's questions and platforms",
    async (path) => {
      await expectDocumented(path, "get", await app.request(path));
    },
  );

  it("/api/v1/recommendations in both views, a report and a refused custom answer", async () => {
    const path = "/api/v1/recommendations";
    await expectDocumented(path, "post", await app.request(path, json({ answers })));
    await expectDocumented(path, "post", await app.request(`${path}?view=summary`, json({ answers })));
    await expectDocumented(path, "post", await app.request(path, json({ answers: { custom: { nope: "x" } } })));
    await expectDocumented(
      "/api/v1/reports",
      "post",
      await app.request("/api/v1/reports?format=json", json({ answers })),
    );
  });
});

describe("GET /api/docs", () => {
  it("serves an API reference whose scripts and styles all come from this server", async () => {
    const { app } = testApp();
    const page = await app.request("/api/docs");
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset.startsWith("/api/docs/"), asset).toBe(true);
      const response = await app.request(asset);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
      if (asset.endsWith(".css") || asset.endsWith("-bundle.js")) {
        expect(response.headers.get("cache-control"), asset).toBe("public, max-age=86400");
      }
    }
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    const init = await (await app.request("/api/docs/init.js")).text();
    expect(init).toContain('url: "/api/v1/openapi.json"');
  });

  it("serves only the reference's own files from the swagger-ui package", async () => {
    const { app } = testApp();
    expect((await app.request("/api/docs/package.json")).status).toBe(404);
    expect((await app.request("/api/docs/..%2F..%2Fpackage.json")).status).toBe(404);
  });
});
