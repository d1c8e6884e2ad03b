import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assessmentStore, type Storage } from "@platform-advisor/api";
import { OrgProfile } from "@platform-advisor/model";
import { profileRef } from "@platform-advisor/rules";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { json, testApp } from "./harness.ts";
import { freshStorage } from "./stores.ts";

const EXAMPLE = fileURLToPath(new URL("../../docs/org-profile.example.yaml", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "platform-advisor-profile-"));
const ONLY_FARGATE = join(dir, "only-fargate.json");
writeFileSync(
  ONLY_FARGATE,
  JSON.stringify({
    apiVersion: "platform-advisor/v1",
    metadata: { name: "serverless-co", revision: "2026-11" },
    spec: { platforms: { allowed: [{ id: "aws-fargate", reason: "Everything runs on Fargate here" }] } },
  }),
);

describe("the organisation profile over HTTP", () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await freshStorage("embedded");
  }, 120_000);
  afterAll(async () => {
    await storage?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 404 problem when none is in force, and always publishes the JSON Schema", async () => {
    const { app } = testApp();
    const none = await app.request("/api/v1/profile");
    expect(none.status).toBe(404);
    expect(none.headers.get("content-type")).toBe("application/problem+json");
    const schema = await app.request("/api/v1/profile/schema");
    expect(schema.status).toBe(200);
    expect(schema.headers.get("content-type")).toBe("application/schema+json");
    const validate = new Ajv2020({ strict: false }).compile(await schema.json());
    expect(validate(parse(readFileSync(EXAMPLE, "utf8")))).toBe(true);
    expect(validate({ apiVersion: "platform-advisor/v3", metadata: { name: "x", revision: 1 }, spec: {} })).toBe(false);
  });

  it("serves the example profile and applies it to every recommendation", async () => {
    const { app } = testApp({ ORG_PROFILE: EXAMPLE });
    const served = await (await app.request("/api/v1/profile")).json();
    const profile = OrgProfile.parse(served);
    expect(profile.metadata.name).toBe("acme");
    const result = await (await app.request("/api/v1/recommendations", json({ answers: { teamSize: 3 } }))).json();
    expect(result.profile).toEqual(profileRef(profile));
    const mesos = result.ranking.find((entry: { platform: string }) => entry.platform === "mesos");
    expect(mesos.eligible).toBe(false);
    expect(mesos.reasons).toContainEqual(
      expect.objectContaining({
        text: "Mesos reached end of life here in 2024",
        source: "Organisation profile acme r2",
      }),
    );
    expect(result.assumptions).toContainEqual(expect.objectContaining({ question: "hosting", value: ["aws"] }));
  });

  it("answers 422 problem, never 500, when the profile leaves no platform eligible", async () => {
    const { app } = testApp({ ORG_PROFILE: ONLY_FARGATE }, { store: assessmentStore(storage) });
    const answers = { hosting: ["on-prem"] };
    for (const [path, body] of [
      ["/api/v1/recommendations", { answers }],
      ["/api/v1/reports?format=md", { answers }],
      ["/api/v1/assessments", { workload: { id: "plant-floor" }, answers }],
    ] as const) {
      const response = await app.request(path, json(body));
      expect(response.status, path).toBe(422);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect((await response.json()).type).toBe("urn:platform-advisor:problem:no-eligible-platform");
    }
    const batch = await (await app.request("/api/v1/recommendations/batch", json({ items: [{ answers }] }))).json();
    expect(batch.results[0].status).toBe(422);
  });

  it("records the profile with each saved assessment and counts other profiles as stale", async () => {
    const store = assessmentStore(storage);
    const plain = testApp({}, { store }).app;
    const profiled = testApp({ ORG_PROFILE: EXAMPLE }, { store }).app;
    const body = { workload: { id: "profiled", team: "profile-test" }, answers: { teamSize: 3 } };
    const saved = await (await plain.request("/api/v1/assessments", json(body))).json();
    expect(saved.profile).toBeNull();
    const detail = await (await profiled.request(`/api/v1/assessments/${saved.id}`)).json();
    expect(detail.current.profile.name).toBe("acme");
    expect(detail.changes.profile).toEqual({ before: null, after: detail.current.profile });
    const portfolio = await (await profiled.request("/api/v1/portfolio?team=profile-test")).json();
    expect(portfolio.stale).toBe(1);
    const again = await (await profiled.request("/api/v1/assessments", json(body))).json();
    expect(again.profile).toEqual(detail.current.profile);
    expect((await (await profiled.request("/api/v1/portfolio?team=profile-test")).json()).stale).toBe(0);
  });
});
