import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./env.ts";

describe("loadConfig", () => {
  it("defaults to 127.0.0.1:8787, same-origin only, a generous rate limit and a 1 MiB body limit", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: "127.0.0.1",
      corsOrigins: [],
      bodyLimitBytes: 1024 * 1024,
      trustProxy: { hops: 0 },
      logLevel: "info",
      metrics: true,
      shutdownDrainMs: 0,
    });
    expect(config.rateLimit.max).toBeGreaterThanOrEqual(1000);
  });

  it("answers only loopback Host names without tokens, any with them, and what ALLOWED_HOSTS lists", () => {
    expect(loadConfig({}).allowedHosts).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(loadConfig({ API_TOKENS: "ci:0123456789abcdef0123:read" }).allowedHosts).toBeUndefined();
    expect(loadConfig({ ALLOWED_HOSTS: "*" }).allowedHosts).toBeUndefined();
    expect(loadConfig({ ALLOWED_HOSTS: "a.example" }).allowedHosts).toEqual(["a.example"]);
    expect(() => loadConfig({ ALLOWED_HOSTS: "a.example:8080" })).toThrow(/ALLOWED_HOSTS/);
    expect(() => loadConfig({ PUBLIC_URL: "ftp://x" })).toThrow(/PUBLIC_URL/);
  });

  it("finds the built web app from its own location, not the working directory", () => {
    expect(loadConfig({}).webRoot).toBe(fileURLToPath(new URL("../../web/dist", import.meta.url)));
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "9000",
      HOST: "0.0.0.0",
      CORS_ORIGINS: "https://portal.example.com, http://localhost:5173/",
      RATE_LIMIT_MAX: "0",
      RATE_LIMIT_WINDOW_MS: "1000",
      TRUST_PROXY: "true",
      BODY_LIMIT_BYTES: "2048",
      WEB_ROOT: "/srv/web",
      LOG_LEVEL: "silent",
      SHUTDOWN_TIMEOUT_MS: "500",
      SHUTDOWN_DRAIN_MS: "5000",
      METRICS: "false",
      RATE_LIMIT_MAX_CLIENTS: "10",
      RECOMMENDATION_CACHE_SIZE: "0",
      DATABASE_URL: "postgres://advisor@db.internal:5432/advisor",
      API_TOKENS: "portal:0123456789abcdef0123:write, dash:abcdefghijklmnopqrst:read",
      ALLOW_ANONYMOUS: "false",
      HEADERS_TIMEOUT_MS: "10000",
      REQUEST_TIMEOUT_MS: "20000",
      ALLOWED_HOSTS: "Advisor.Example.com, [::1]",
      PUBLIC_URL: "https://advisor.example.com/tools/",
      DATABASE_CONNECT_TIMEOUT_MS: "1000",
      DATABASE_STATEMENT_TIMEOUT_MS: "2000",
      DATABASE_START_TIMEOUT_MS: "3000",
    });
    expect(config).toEqual({
      port: 9000,
      host: "0.0.0.0",
      corsOrigins: ["https://portal.example.com", "http://localhost:5173"],
      rateLimit: { max: 0, windowMs: 1000, maxClients: 10 },
      trustProxy: { hops: 1 },
      bodyLimitBytes: 2048,
      webRoot: "/srv/web",
      logLevel: "silent",
      shutdownTimeoutMs: 500,
      shutdownDrainMs: 5000,
      metrics: false,
      recommendationCacheSize: 0,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 20_000,
      allowedHosts: ["advisor.example.com", "[::1]"],
      publicUrl: "https://advisor.example.com/tools",
      storage: {
        databaseUrl: "postgres://advisor@db.internal:5432/advisor",
        connectTimeoutMs: 1000,
        statementTimeoutMs: 2000,
        startTimeoutMs: 3000,
      },
      profile: undefined,
      apiTokens: [
        { name: "portal", token: "0123456789abcdef0123", scope: "write" },
        { name: "dash", token: "abcdefghijklmnopqrst", scope: "read" },
      ],
      allowAnonymous: false,
    });
  });

  it.each([
    ["false", { hops: 0 }],
    ["0", { hops: 0 }],
    ["true", { hops: 1 }],
    ["2", { hops: 2 }],
    ["10.0.0.1", { ranges: ["10.0.0.1"] }],
    ["loopback, 10.0.0.0/8, fd00::/8", { ranges: ["loopback", "10.0.0.0/8", "fd00::/8"] }],
  ])("reads TRUST_PROXY=%s as a hop count or a list of trusted proxies, like proxy-addr", (value, trust) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(trust);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", HOST: "" })).toMatchObject({ port: 8787, host: "127.0.0.1" });
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["PORT", "-1"],
    ["CORS_ORIGINS", "portal.example.com"],
    ["CORS_ORIGINS", "https://portal.example.com/app"],
    ["RATE_LIMIT_MAX", "many"],
    ["TRUST_PROXY", "maybe"],
    ["TRUST_PROXY", "10.0.0.0/33"],
    ["TRUST_PROXY", "10.0.0.1, proxy.example.com"],
    ["METRICS", "sometimes"],
    ["LOG_LEVEL", "verbose"],
  ])("stops on %s=%s with a message naming the variable and the value", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}="${value.replace(/[./]/g, "\\$&")}"`));
  });

  it("lists every bad variable at once", () => {
    try {
      loadConfig({ PORT: "x", LOG_LEVEL: "loud" });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/LOG_LEVEL/);
    }
  });
});
