import { assessmentStore, type Storage } from "@platform-advisor/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, testApp } from "./harness.ts";
import {
  hmacToken,
  type IdentityProvider,
  type SigningKey,
  signingKey,
  signToken,
  startIdentityProvider,
  unsignedToken,
} from "./identity-provider.ts";
import { freshStorage } from "./stores.ts";

const AUDIENCE = "platform-advisor";
const seconds = () => Math.floor(Date.now() / 1000);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let provider: IdentityProvider;
let rsa: SigningKey;
let ec: SigningKey;
let storage: Storage;

beforeAll(async () => {
  rsa = signingKey("rsa-2026", "RS256");
  ec = signingKey("ec-2026", "ES256");
  provider = await startIdentityProvider([rsa, ec]);
  storage = await freshStorage("embedded");
}, 120_000);
afterAll(async () => {
  await provider?.close();
  await storage?.close();
});

/** What a provider puts in an access token for this API: Alice of the payments team, who may write. */
const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: provider.issuer,
  aud: AUDIENCE,
  sub: "alice",
  iat: seconds(),
  exp: seconds() + 300,
  groups: ["payments"],
  roles: ["write"],
  ...overrides,
});

const oidcApp = (env: Record<string, string> = {}) =>
  testApp({ OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: AUDIENCE, ...env }, { store: assessmentStore(storage) }).app;

const expectProblem = async (response: Response, status: number) => {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = await response.json();
  expect(problem.status).toBe(status);
  return problem as { detail: string };
};

describe("OpenID Connect access tokens", () => {
  it("accepts RS256 and ES256 tokens from the issuer, with keys found through discovery and fetched once", async () => {
    const app = oidcApp();
    const before = provider.hits.get("/jwks") ?? 0;
    for (const key of [rsa, ec, rsa, ec]) {
      const response = await app.request("/api/v1/assessments", { headers: bearer(signToken(key, claims())) });
      expect(response.status).toBe(200);
    }
    expect(provider.hits.get("/realms/acme/.well-known/openid-configuration")).toBeGreaterThanOrEqual(1);
    expect((provider.hits.get("/jwks") ?? 0) - before).toBe(1);
  });

  it("accepts an audience list that includes this API, and uses a JWKS URL given instead of discovery", async () => {
    const app = oidcApp({ OIDC_JWKS_URL: provider.jwksUrl });
    const discovery = provider.hits.get("/realms/acme/.well-known/openid-configuration") ?? 0;
    const token = signToken(rsa, claims({ aud: ["account", AUDIENCE] }));
    expect((await app.request("/api/v1/portfolio", { headers: bearer(token) })).status).toBe(200);
    expect(provider.hits.get("/realms/acme/.well-known/openid-configuration") ?? 0).toBe(discovery);
  });

  const refused: [string, () => string, RegExp][] = [
    ["an expired token", () => signToken(rsa, claims({ exp: seconds() - 60 })), /expired/],
    ["a token for another audience", () => signToken(rsa, claims({ aud: "another-api" })), /audience/],
    [
      "a token from another issuer",
      () => signToken(rsa, claims({ iss: "https://idp.example.com/realms/x" })),
      /issuer/,
    ],
    ["an unsigned token (alg: none)", () => unsignedToken(rsa.kid, claims()), /algorithm/],
    [
      "an HS256 token keyed with the provider's public key",
      () => hmacToken(rsa.kid, JSON.stringify(rsa.jwk), claims()),
      /algorithm/,
    ],
    ["an HS256 token with a made-up secret", () => hmacToken(rsa.kid, "guessed-secret", claims()), /algorithm/],
    ["a token without an expiry", () => signToken(rsa, { ...claims(), exp: undefined }), /expiry/],
    ["a token without a subject", () => signToken(rsa, { ...claims(), sub: undefined }), /subject/],
    ["a token not valid yet", () => signToken(rsa, claims({ nbf: seconds() + 600 })), /not valid yet/],
    [
      "a token signed by another key under the provider's kid",
      () => signToken(signingKey(rsa.kid, "RS256"), claims()),
      /signature/,
    ],
    [
      "a token naming a key the provider does not publish",
      () => signToken(signingKey("rogue", "ES256"), claims()),
      /key/,
    ],
    ["a token whose signature was cut off", () => signToken(rsa, claims()).replace(/\.[^.]+$/, "."), /./],
  ];

  it.each(refused)("answers 401 to %s, saying why", async (_, token, reason) => {
    const app = oidcApp();
    const response = await app.request("/api/v1/assessments", { headers: bearer(token()) });
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm="platform-advisor", error="invalid_token"/);
    const problem = await expectProblem(response, 401);
    expect(problem.detail).toMatch(reason);
  });

  it("never echoes a refused token in the answer or the log", async () => {
    const { app, logs } = testApp(
      { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: AUDIENCE },
      { store: assessmentStore(storage) },
    );
    const token = signToken(rsa, claims({ exp: seconds() - 60 }));
    const response = await app.request("/api/v1/assessments", { headers: bearer(token) });
    expect(response.status).toBe(401);
    const [, payload = "", signature = ""] = token.split(".");
    expect(Math.min(payload.length, signature.length)).toBeGreaterThan(20);
    for (const text of [await response.text(), response.headers.get("www-authenticate") ?? "", JSON.stringify(logs)]) {
      expect(text).not.toContain(payload);
      expect(text).not.toContain(signature);
    }
  });

  it("answers 503 with Retry-After, not 401, while the provider's keys cannot be fetched", async () => {
    const app = oidcApp();
    provider.failWith = 500;
    try {
      const response = await app.request("/api/v1/assessments", { headers: bearer(signToken(rsa, claims())) });
      expect(response.headers.get("retry-after")).toBe("5");
      await expectProblem(response, 503);
    } finally {
      provider.failWith = undefined;
    }
    const again = await app.request("/api/v1/assessments", { headers: bearer(signToken(rsa, claims())) });
    expect(again.status).toBe(200);
  });

  it("takes the role from the role claim: read by default, mapped values with OIDC_ROLE_MAP", async () => {
    const save = { workload: { id: "ledger", team: "payments" }, answers: { teamSize: 4 } };
    const app = oidcApp();
    const reader = signToken(rsa, claims({ roles: undefined }));
    expect((await app.request("/api/v1/assessments", { headers: bearer(reader) })).status).toBe(200);
    await expectProblem(await app.request("/api/v1/assessments", json(save, bearer(reader))), 403);

    const mapped = oidcApp({ OIDC_ROLE_CLAIM: "realm_access.roles", OIDC_ROLE_MAP: "advisor-editor=write" });
    const editor = signToken(rsa, claims({ roles: undefined, realm_access: { roles: ["offline", "advisor-editor"] } }));
    expect((await mapped.request("/api/v1/assessments", json(save, bearer(editor)))).status).toBe(201);
    // With a map, the literal values are no longer taken as they are.
    const literal = signToken(rsa, claims({ realm_access: { roles: ["write"] } }));
    await expectProblem(await mapped.request("/api/v1/assessments", json(save, bearer(literal))), 403);
  });

  it("keeps static tokens working beside OIDC", async () => {
    const app = oidcApp({ API_TOKENS: "ci:ci-token-0123456789abcdef:read" });
    expect((await app.request("/api/v1/assessments", { headers: bearer("ci-token-0123456789abcdef") })).status).toBe(
      200,
    );
    await expectProblem(await app.request("/api/v1/assessments", { headers: bearer("not-a-known-token-0000") }), 401);
  });
});
