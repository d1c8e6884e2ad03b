import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { OrgProfile } from "@platform-advisor/model";
import { parseProfile, readProfileFile } from "@platform-advisor/rules";
import { z } from "zod";
import type { Role } from "./auth/caller.ts";
import type { OidcSettings } from "./auth/oidc.ts";
import { isRange, type TrustProxy } from "./middleware/client-address.ts";
import { POSTGRES_DEFAULTS, type StorageTarget } from "./storage/database.ts";

const MIB = 1024 * 1024;

/** The built web app: apps/web/dist, found from this file so the working directory does not matter. */
const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const integer = (min: number, max: number) =>
  z.string().trim().regex(/^\d+$/, "must be a whole number").transform(Number).pipe(z.int().min(min).max(max));

/** "false" or 0: no proxy; "true": one; a number: that many hops; else addresses, CIDR ranges or loopback/linklocal/uniquelocal. */
const trustProxy = z
  .string()
  .trim()
  .transform((value, context): TrustProxy => {
    const lower = value.toLowerCase();
    if (["false", "no"].includes(lower)) return { hops: 0 };
    if (["true", "yes"].includes(lower)) return { hops: 1 };
    if (/^\d+$/.test(value)) return { hops: Math.min(Number(value), 100) };
    const ranges = value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean);
    const bad = ranges.filter((range) => !isRange(range));
    if (ranges.length === 0 || bad.length > 0) {
      context.addIssue({
        code: "custom",
        message: `must be true, false, a hop count, or addresses and CIDR ranges (${bad.join(", ") || "none given"} is not one)`,
      });
      return z.NEVER;
    }
    return { ranges };
  });

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

const isLoopbackHost = (host: string) => host === "localhost" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);

/** An identity provider's URL: https, or http on a loopback address (a local test provider). */
const oidcUrl = z
  .url({ protocol: /^https?$/ })
  .refine(
    (value) => URL.canParse(value) && (value.startsWith("https:") || isLoopbackHost(new URL(value).hostname)),
    "must be an https URL (http only on a loopback address)",
  );

/** `idp-value=role` pairs separated by commas: which role each value of the role claim grants. */
const roleMap = z.string().transform((value, context): Record<string, Role> => {
  const map: Record<string, Role> = {};
  for (const entry of value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [, claimValue, role] = /^(.+?)=(read|write|admin)$/.exec(entry) ?? [];
    if (claimValue === undefined || role === undefined) {
      context.addIssue({ code: "custom", message: `${JSON.stringify(entry)} is not value=read|write|admin` });
      return z.NEVER;
    }
    map[claimValue.trim()] = role as Role;
  }
  return map;
});

/** Host names (no port) the Host header may carry; "*" allows any. */
const hostNames = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().regex(/^(\*|[a-z0-9.-]{1,253}|\[[0-9a-f:.]{2,45}\])$/, "must be host names, [IPv6] or *"))
      .min(1),
  );

/** Where users reach the server (behind a proxy, the proxy's URL): links in reports are built from it. */
const publicUrl = z
  .url({ protocol: /^https?$/ })
  .refine(
    (value) => URL.canParse(value) && !new URL(value).search && !new URL(value).hash,
    "must have no query or fragment",
  )
  .transform((value) => value.replace(/\/+$/, ""));

const EnvSchema = z.object({
  PORT: integer(0, 65_535).default(8787),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  CORS_ORIGINS: origins.default([]),
  RATE_LIMIT_MAX: integer(0, 10_000_000).default(6000),
  RATE_LIMIT_WINDOW_MS: integer(1000, 3_600_000).default(60_000),
  RATE_LIMIT_MAX_CLIENTS: integer(1, 10_000_000).default(100_000),
  TRUST_PROXY: trustProxy.default({ hops: 0 }),
  BODY_LIMIT_BYTES: integer(1024, 64 * MIB).default(MIB),
  WEB_ROOT: z
    .string()
    .trim()
    .min(1)
    .transform((path) => resolve(path))
    .default(DEFAULT_WEB_ROOT),
  LOG_LEVEL: z.enum(["debug", "info", "error", "silent"]).default("info"),
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
  SHUTDOWN_DRAIN_MS: integer(0, 600_000).default(0),
  HEADERS_TIMEOUT_MS: integer(1000, 600_000).default(30_000),
  REQUEST_TIMEOUT_MS: integer(1000, 3_600_000).default(30_000),
  ALLOWED_HOSTS: hostNames.optional(),
  PUBLIC_URL: publicUrl.optional(),
  METRICS: flag.default(true),
  RECOMMENDATION_CACHE_SIZE: integer(0, 1_000_000).default(1000),
  DATA_DIR: z.string().trim().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATABASE_CONNECT_TIMEOUT_MS: integer(100, 600_000).default(POSTGRES_DEFAULTS.connectTimeoutMs),
  DATABASE_STATEMENT_TIMEOUT_MS: integer(100, 3_600_000).default(POSTGRES_DEFAULTS.statementTimeoutMs),
  DATABASE_START_TIMEOUT_MS: integer(0, 3_600_000).default(POSTGRES_DEFAULTS.startTimeoutMs),
  ORG_PROFILE: z.string().trim().min(1).optional(),
  API_TOKENS: z.string().trim().min(1).optional(),
  ALLOW_ANONYMOUS: flag.default(false),
  OIDC_ISSUER: oidcUrl.optional(),
  OIDC_AUDIENCE: z.string().trim().min(1).optional(),
  OIDC_JWKS_URL: oidcUrl.optional(),
  OIDC_TEAMS_CLAIM: z.string().trim().min(1).default("groups"),
  OIDC_ROLE_CLAIM: z.string().trim().min(1).default("roles"),
  OIDC_ROLE_MAP: roleMap.optional(),
  OIDC_DEFAULT_ROLE: z.enum(["read", "write"]).default("read"),
});

/** The environment variables the server reads, for manifests to be checked against. */
export const ENV_NAMES = Object.keys(EnvSchema.shape) as (keyof typeof EnvSchema.shape)[];

/** Variables that may hold secrets: named in errors, never echoed. */
const SECRETS = new Set(["API_TOKENS", "DATABASE_URL"]);

/**
 * A bearer token and what it may do; `write` includes `read`, `admin` includes `write` and every team.
 * With `teams`, a read or write token reads and writes only those teams' assessments; without, all. Teams are
 * the last field, so they may hold colons (Backstage's group refs: group:default/payments).
 */
export type ApiToken = { name: string; token: string; scope: Role; teams?: string[] };

const TOKEN_ENTRY =
  /^([A-Za-z0-9._-]{1,64}):([A-Za-z0-9._~+/=-]{16,512}):(read|write|admin)(?::([^|,\n]{1,100}(?:\|[^|,\n]{1,100})*))?$/;

/**
 * `name:token:scope[:team1|team2]` entries separated by commas or lines; a value starting with / or . is a
 * file holding them.
 */
const parseTokens = (value: string): ApiToken[] => {
  const text = value.startsWith("/") || value.startsWith(".") ? readFileSync(value, "utf8") : value;
  const entries = text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "" && !entry.startsWith("#"));
  const tokens = entries.map((entry, index) => {
    const [, name, token, scope, teamList] = TOKEN_ENTRY.exec(entry) ?? [];
    // Never echo the entry: it holds a secret.
    if (name === undefined || token === undefined || scope === undefined)
      throw new Error(
        `entry ${index + 1} is not name:token:scope[:team1|team2] (token 16+ characters, scope read, write or admin)`,
      );
    const teams = teamList?.split("|").map((team) => team.trim());
    if (teams?.some((team) => team === "")) throw new Error(`entry ${index + 1} names an empty team`);
    return { name, token, scope: scope as Role, ...(teams ? { teams } : {}) };
  });
  if (tokens.length === 0) throw new Error("no tokens");
  return tokens;
};

/** Everything the API can be configured with; `createApp` and the server read nothing else. */
export type Config = {
  port: number;
  host: string;
  /** Origins allowed to call the API from a browser; empty means same origin only. */
  corsOrigins: string[];
  /** Requests per client and window (0 turns rate limiting off), and how many clients one window counts apart. */
  rateLimit: { max: number; windowMs: number; maxClients: number };
  /** Which proxies' X-Forwarded-For entries to believe when finding the client's address. */
  trustProxy: TrustProxy;
  bodyLimitBytes: number;
  /** Directory of the built web app; served at `/` when it exists. */
  webRoot: string;
  /** debug adds a line when each request starts (tests wait on it). */
  logLevel: "debug" | "info" | "error" | "silent";
  shutdownTimeoutMs: number;
  /** After SIGTERM, how long /api/ready answers 503 while still serving, before the server stops accepting connections. */
  shutdownDrainMs: number;
  /** How long a client may take to send a request's headers, and the whole request with its body. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** Host names (lower case, no port) the server answers; others get 421. Undefined: any. */
  allowedHosts: string[] | undefined;
  /** The URL users reach the server at, for links in reports; without it, links are relative. */
  publicUrl: string | undefined;
  /** Serve Prometheus metrics at /metrics. */
  metrics: boolean;
  /** Recommendations remembered (they are pure functions of the answers); 0 turns the cache off. */
  recommendationCacheSize: number;
  /** The embedded store's folder, or the PostgreSQL server when DATABASE_URL is set. */
  storage: StorageTarget;
  /** The organisation profile (ORG_PROFILE), validated. */
  profile: OrgProfile | undefined;
  /** Bearer tokens for saved assessments and the portfolio; none means open (loopback only, or ALLOW_ANONYMOUS). */
  apiTokens: ApiToken[];
  allowAnonymous: boolean;
  /** OpenID Connect access tokens accepted beside the static ones (OIDC_ISSUER and OIDC_AUDIENCE set). */
  oidc: OidcSettings | undefined;
};

/** The names a loopback server answers to: what a browser on the same machine sends as Host. */
export const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/**
 * Which Host headers to serve (undefined: any). Without tokens the API is open to whoever reaches it, so by
 * default only loopback names: a page on another site whose name resolves to 127.0.0.1 (DNS rebinding) is refused.
 */
const allowedHosts = (configured: string[] | undefined, authenticated: boolean): string[] | undefined => {
  if (configured) return configured.includes("*") ? undefined : configured;
  return authenticated ? undefined : LOOPBACK_NAMES;
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
      // Never echo a secret into a log.
      const value = SECRETS.has(name) ? "(hidden)" : JSON.stringify(present[name]);
      return `  ${name}=${value}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const parsed = result.data;
  const fromFile = <T>(name: string, read: () => T): T => {
    try {
      return read();
    } catch (error) {
      throw new ConfigError(`Invalid configuration:\n  ${name}: ${error instanceof Error ? error.message : error}`);
    }
  };
  const profilePath = parsed.ORG_PROFILE;
  const tokens = parsed.API_TOKENS;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    corsOrigins: parsed.CORS_ORIGINS,
    rateLimit: {
      max: parsed.RATE_LIMIT_MAX,
      windowMs: parsed.RATE_LIMIT_WINDOW_MS,
      maxClients: parsed.RATE_LIMIT_MAX_CLIENTS,
    },
    trustProxy: parsed.TRUST_PROXY,
    bodyLimitBytes: parsed.BODY_LIMIT_BYTES,
    webRoot: parsed.WEB_ROOT,
    logLevel: parsed.LOG_LEVEL,
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    shutdownDrainMs: parsed.SHUTDOWN_DRAIN_MS,
    metrics: parsed.METRICS,
    recommendationCacheSize: parsed.RECOMMENDATION_CACHE_SIZE,
    headersTimeoutMs: parsed.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: parsed.REQUEST_TIMEOUT_MS,
    allowedHosts: allowedHosts(parsed.ALLOWED_HOSTS, tokens !== undefined || parsed.OIDC_ISSUER !== undefined),
    publicUrl: parsed.PUBLIC_URL,
    storage: parsed.DATABASE_URL
      ? {
          databaseUrl: parsed.DATABASE_URL,
          connectTimeoutMs: parsed.DATABASE_CONNECT_TIMEOUT_MS,
          statementTimeoutMs: parsed.DATABASE_STATEMENT_TIMEOUT_MS,
          startTimeoutMs: parsed.DATABASE_START_TIMEOUT_MS,
        }
      : {
          // npm runs workspace scripts in the workspace; INIT_CWD is where `npm start` was typed.
          dataDir: parsed.DATA_DIR.startsWith("memory://")
            ? parsed.DATA_DIR
            : resolve(env.INIT_CWD ?? process.cwd(), parsed.DATA_DIR),
        },
    profile: profilePath
      ? fromFile("ORG_PROFILE", () => parseProfile(readProfileFile(profilePath), profilePath))
      : undefined,
    apiTokens: tokens ? fromFile("API_TOKENS", () => parseTokens(tokens)) : [],
    allowAnonymous: parsed.ALLOW_ANONYMOUS,
    oidc: oidcSettings(parsed),
  };
};

/** Issuer and audience come together: an issuer alone would accept tokens minted for any of its applications. */
const oidcSettings = (parsed: z.infer<typeof EnvSchema>): OidcSettings | undefined => {
  const { OIDC_ISSUER: issuer, OIDC_AUDIENCE: audience } = parsed;
  if (!issuer && !audience) {
    if (parsed.OIDC_JWKS_URL)
      throw new ConfigError("Invalid configuration:\n  OIDC_JWKS_URL: set OIDC_ISSUER and OIDC_AUDIENCE too");
    return undefined;
  }
  if (!issuer || !audience)
    throw new ConfigError(
      `Invalid configuration:\n  ${issuer ? "OIDC_AUDIENCE" : "OIDC_ISSUER"}: OIDC needs both OIDC_ISSUER and OIDC_AUDIENCE`,
    );
  return {
    issuer,
    audience,
    jwksUrl: parsed.OIDC_JWKS_URL,
    teamsClaim: parsed.OIDC_TEAMS_CLAIM,
    roleClaim: parsed.OIDC_ROLE_CLAIM,
    roleMap: parsed.OIDC_ROLE_MAP,
    defaultRole: parsed.OIDC_DEFAULT_ROLE,
  };
};

const isLoopback = (host: string) => host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);

/**
 * Why the server must not start: saved assessments describe a company's systems, so without
 * tokens they are served only on a loopback address, unless ALLOW_ANONYMOUS=true says otherwise.
 */
export const anonymousAccessRefusal = (
  config: Pick<Config, "host" | "apiTokens" | "allowAnonymous"> & Partial<Pick<Config, "oidc">>,
): string | undefined =>
  config.apiTokens.length === 0 && !config.oidc && !config.allowAnonymous && !isLoopback(config.host)
    ? `HOST=${config.host} is not a loopback address and API_TOKENS is not set: saved assessments and the portfolio would be open to the network. Set API_TOKENS (name:token:read|write|admin, ...) or OIDC_ISSUER and OIDC_AUDIENCE, listen on 127.0.0.1, or set ALLOW_ANONYMOUS=true to serve them without tokens on purpose.`
    : undefined;
