import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { anonymousAccessRefusal, ConfigError, loadConfig } from "./env.ts";

const dir = mkdtempSync(join(tmpdir(), "platform-advisor-env-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("storage, profile and token configuration", () => {
  it("stores in ./data by default, or in the PostgreSQL server of DATABASE_URL", () => {
    expect(loadConfig({}).storage).toEqual({ dataDir: join(process.cwd(), "data") });
    expect(loadConfig({ DATA_DIR: "/var/lib/advisor" }).storage).toEqual({ dataDir: "/var/lib/advisor" });
    expect(() => loadConfig({ DATABASE_URL: "mysql://secret@db/x" })).toThrow(/DATABASE_URL=\(hidden\)/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://secret@db/x" })).not.toThrow(/secret/);
  });

  it("reads tokens from the variable or from a file, and never echoes a bad one", () => {
    const listed = "portal:0123456789abcdef0123:write\n# the dashboard\ndash:abcdefghijklmnopqrst:read\n";
    expect(loadConfig({ API_TOKENS: file("tokens", listed) }).apiTokens.map((t) => t.name)).toEqual(["portal", "dash"]);
    for (const bad of [
      "portal:short:write",
      "portal:0123456789abcdef0123:owner",
      "portal:0123456789abcdef0123:write:",
      "0123456789abcdef0123",
    ]) {
      expect(() => loadConfig({ API_TOKENS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ API_TOKENS: bad })).not.toThrow(/0123456789abcdef|short/);
    }
  });

  it("validates ORG_PROFILE at start-up and names the field at fault", () => {
    const good = file("good.yaml", "apiVersion: platform-advisor/v1\nmetadata: {name: acme, revision: 1}\nspec: {}\n");
    expect(loadConfig({ ORG_PROFILE: good }).profile?.metadata.name).toBe("acme");
    const bad = file(
      "bad.json",
      JSON.stringify({ apiVersion: "platform-advisor/v1", metadata: { name: "acme" }, spec: {} }),
    );
    expect(() => loadConfig({ ORG_PROFILE: bad })).toThrow(/ORG_PROFILE: .*\n\s+metadata\.revision:/);
    expect(() => loadConfig({ ORG_PROFILE: join(dir, "missing.yaml") })).toThrow(/ORG_PROFILE: .*ENOENT/);
  });

  it("refuses to serve assessments without tokens on a non-loopback address, unless told to", () => {
    const refusal = (env: Record<string, string>) => anonymousAccessRefusal(loadConfig(env));
    expect(refusal({})).toBeUndefined();
    expect(refusal({ HOST: "::1" })).toBeUndefined();
    expect(refusal({ HOST: "localhost" })).toBeUndefined();
    expect(refusal({ HOST: "0.0.0.0" })).toMatch(/HOST=0.0.0.0 is not a loopback address and API_TOKENS is not set/);
    expect(refusal({ HOST: "0.0.0.0", ALLOW_ANONYMOUS: "true" })).toBeUndefined();
    expect(refusal({ HOST: "0.0.0.0", API_TOKENS: "portal:0123456789abcdef0123:write" })).toBeUndefined();
  });
});

describe("OIDC and team-scoped tokens", () => {
  it("reads optional teams and the admin scope on static tokens", () => {
    const tokens = loadConfig({
      API_TOKENS:
        "ci:0123456789abcdef0123:write:payments|group:default/search, ops:abcdefghijklmnopqrst:admin, old:zyxwvutsrqponmlkjihg:read",
    }).apiTokens;
    expect(tokens).toEqual([
      { name: "ci", token: "0123456789abcdef0123", scope: "write", teams: ["payments", "group:default/search"] },
      { name: "ops", token: "abcdefghijklmnopqrst", scope: "admin" },
      { name: "old", token: "zyxwvutsrqponmlkjihg", scope: "read" },
    ]);
    for (const bad of ["ci:0123456789abcdef0123:write:payments||search", "ci:0123456789abcdef0123:write:payments|"]) {
      expect(() => loadConfig({ API_TOKENS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ API_TOKENS: bad })).not.toThrow(/0123456789abcdef/);
    }
  });

  it("reads the OIDC settings, with the groups and roles claims by default", () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(
      loadConfig({ OIDC_ISSUER: "https://login.example.com/realms/acme", OIDC_AUDIENCE: "platform-advisor" }).oidc,
    ).toEqual({
      issuer: "https://login.example.com/realms/acme",
      audience: "platform-advisor",
      jwksUrl: undefined,
      teamsClaim: "groups",
      roleClaim: "roles",
      roleMap: undefined,
      defaultRole: "read",
    });
    expect(
      loadConfig({
        OIDC_ISSUER: "http://127.0.0.1:8080/realms/test",
        OIDC_AUDIENCE: "api",
        OIDC_JWKS_URL: "https://login.example.com/keys",
        OIDC_TEAMS_CLAIM: "https://acme.example.com/teams",
        OIDC_ROLE_CLAIM: "realm_access.roles",
        OIDC_ROLE_MAP: "advisor-admins=admin, developers=write",
        OIDC_DEFAULT_ROLE: "write",
      }).oidc,
    ).toMatchObject({
      jwksUrl: "https://login.example.com/keys",
      teamsClaim: "https://acme.example.com/teams",
      roleClaim: "realm_access.roles",
      roleMap: { "advisor-admins": "admin", developers: "write" },
      defaultRole: "write",
    });
  });

  it.each([
    [{ OIDC_ISSUER: "https://login.example.com" }, /OIDC_AUDIENCE: OIDC needs both/],
    [{ OIDC_AUDIENCE: "api" }, /OIDC_ISSUER: OIDC needs both/],
    [{ OIDC_JWKS_URL: "https://login.example.com/keys" }, /OIDC_JWKS_URL: set OIDC_ISSUER and OIDC_AUDIENCE too/],
    [{ OIDC_ISSUER: "http://login.example.com", OIDC_AUDIENCE: "api" }, /OIDC_ISSUER=.*https URL/],
    [{ OIDC_ISSUER: "login.example.com", OIDC_AUDIENCE: "api" }, /OIDC_ISSUER=/],
    [
      { OIDC_ISSUER: "https://login.example.com", OIDC_AUDIENCE: "api", OIDC_ROLE_MAP: "admins=root" },
      /OIDC_ROLE_MAP=.*"admins=root" is not value=read\|write\|admin/,
    ],
    [
      { OIDC_ISSUER: "https://login.example.com", OIDC_AUDIENCE: "api", OIDC_DEFAULT_ROLE: "admin" },
      /OIDC_DEFAULT_ROLE=/,
    ],
  ])("stops on %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("lets the server listen beyond loopback with OIDC alone", () => {
    const oidc = { OIDC_ISSUER: "https://login.example.com", OIDC_AUDIENCE: "api" };
    expect(anonymousAccessRefusal(loadConfig({ HOST: "0.0.0.0", ...oidc }))).toBeUndefined();
  });
});
