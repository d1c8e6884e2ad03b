import { createLifecycle } from "@platform-advisor/api";
import { RULESET_VERSION } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { json, testApp } from "./harness.ts";

describe("GET /api/ready", () => {
  it("answers 200 when every readiness check passes", async () => {
    const { app } = testApp({}, { readiness: [{ name: "store", check: async () => {} }] });
    const response = await app.request("/api/ready");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready", checks: [{ name: "store", ok: true }] });
  });

  it("answers 503 while a dependency is unreachable, naming it", async () => {
    const down = async () => {
      throw new Error("connection refused");
    };
    const { app } = testApp({}, { readiness: [{ name: "store", check: down }] });
    const response = await app.request("/api/ready");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: "unavailable",
      checks: [{ name: "store", ok: false, error: "connection refused" }],
    });
  });

  it("answers 503 once the server drains, while health stays 200", async () => {
    const lifecycle = createLifecycle();
    const { app } = testApp({}, { lifecycle });
    expect((await app.request("/api/ready")).status).toBe(200);
    lifecycle.drain();
    const response = await app.request("/api/ready");
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "draining" });
    expect((await app.request("/api/health")).status).toBe(200);
  });

  it("is never rate limited", async () => {
    const { app } = testApp({ RATE_LIMIT_MAX: "1" });
    for (let i = 0; i < 5; i++) expect((await app.request("/api/ready")).status).toBe(200);
  });
});

describe("GET /metrics", () => {
  it("counts requests by route and status, recommendations by platform, and names the ruleset", async () => {
    const { app } = testApp();
    const answers = { teamSize: 3, containerCount: 5, hostCount: 1 };
    const recommendation = await (await app.request("/api/v1/recommendations", json({ answers }))).json();
    await app.request("/api/v1/recommendations", json({ answers: { teamSize: 0 } }));
    const response = await app.request("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain(
      'http_requests_total{method="POST",route="/api/v1/recommendations",status="200",ok="true"} 1',
    );
    expect(text).toContain(
      'http_requests_total{method="POST",route="/api/v1/recommendations",status="400",ok="false"} 1',
    );
    expect(text).toContain(
      'http_request_duration_seconds_count{method="POST",route="/api/v1/recommendations",status="200",ok="true"} 1',
    );
    expect(text).toContain(`platform_advisor_recommendations_total{recommended="${recommendation.recommended}"} 1`);
    expect(text).toContain(`platform_advisor_ruleset_info{version="${RULESET_VERSION}"} 1`);
    expect(text).toContain("process_cpu_user_seconds_total");
  });

  it("counts recommendations served from the cache too", async () => {
    const { app } = testApp();
    for (let i = 0; i < 3; i++) await app.request("/api/v1/recommendations", json({ answers: {} }));
    expect(await (await app.request("/metrics")).text()).toMatch(/platform_advisor_recommendations_total\{[^}]+\} 3/);
  });

  it("is off with METRICS=false", async () => {
    const { app } = testApp({ METRICS: "false" });
    expect((await app.request("/metrics")).status).toBe(404);
  });
});
