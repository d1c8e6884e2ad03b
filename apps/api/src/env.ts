import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const MIB = 1024 * 1024;

/** The built web app: apps/web/dist, found from this file so the working directory does not matter. */
const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const integer = (min: number, max: number) =>
  z.string().trim().regex(/^\d+$/, "must be a whole number").transform(Number).pipe(z.int().min(min).max(max));

const origin = z
  .url({ protocol: /^https?$/ })
  .refine(
    // zod runs refinements even after the URL check failed: parse defensively.
    (value) => URL.canParse(value) && new URL(value).origin === value.replace(/\/$/, ""),
    "must be an origin: scheme, host and port only",
  )
  .transform((value) => new URL(value).origin);

const origins = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(origin));

const EnvSchema = z.object({
  PORT: integer(0, 65_535).default(8787),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  CORS_ORIGINS: origins.default([]),
  RATE_LIMIT_MAX: integer(0, 10_000_000).default(6000),
  RATE_LIMIT_WINDOW_MS: integer(1000, 3_600_000).default(60_000),
  TRUST_PROXY: flag.default(false),
  BODY_LIMIT_BYTES: integer(1024, 64 * MIB).default(MIB),
  WEB_ROOT: z
    .string()
    .trim()
    .min(1)
    .transform((path) => resolve(path))
    .default(DEFAULT_WEB_ROOT),
  LOG_LEVEL: z.enum(["info", "error", "silent"]).default("info"),
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
  RECOMMENDATION_CACHE_SIZE: integer(0, 1_000_000).default(1000),
});

/** Everything the API can be configured with; `createApp` and the server read nothing else. */
export type Config = {
  port: number;
  host: string;
  /** Origins allowed to call the API from a browser; empty means same origin only. */
  corsOrigins: string[];
  /** Requests per client and window; 0 turns rate limiting off. */
  rateLimit: { max: number; windowMs: number };
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  bodyLimitBytes: number;
  /** Directory of the built web app; served at `/` when it exists. */
  webRoot: string;
  logLevel: "info" | "error" | "silent";
  shutdownTimeoutMs: number;
  /** Recommendations remembered (they are pure functions of the answers); 0 turns the cache off. */
  recommendationCacheSize: number;
};

/** Thrown when the environment holds a value the server cannot start with. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads and validates the configuration. This is the only place that reads
 * `process.env`; a bad value throws a `ConfigError` naming every variable at fault.
 */
export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = EnvSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const value = present[name];
      return `  ${name}=${JSON.stringify(value)}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const parsed = result.data;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    corsOrigins: parsed.CORS_ORIGINS,
    rateLimit: { max: parsed.RATE_LIMIT_MAX, windowMs: parsed.RATE_LIMIT_WINDOW_MS },
    trustProxy: parsed.TRUST_PROXY,
    bodyLimitBytes: parsed.BODY_LIMIT_BYTES,
    webRoot: parsed.WEB_ROOT,
    logLevel: parsed.LOG_LEVEL,
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    recommendationCacheSize: parsed.RECOMMENDATION_CACHE_SIZE,
  };
};
