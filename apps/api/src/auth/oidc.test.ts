import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Jwt } from "hono/utils/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFromClaims, InvalidTokenError, type OidcSettings, OidcUnavailableError, oidcVerifier } from "./oidc.ts";

/** An ES256 key: the private JWK hono signs with, and the public one a provider publishes. */
const key = (kid: string) => {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    kid,
    private: { ...privateKey.export({ format: "jwk" }), kid, alg: "ES256" },
    public: { ...publicKey.export({ format: "jwk" }), kid, alg: "ES256" },
  };
};

let published: ReturnType<typeof key>[] = [];
let discoveredIssuer: string | undefined;
let status = 200;
const hits = { discovery: 0, jwks: 0 };
let base = "";
const server = createServer((request, response) => {
  const send = (body: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };
  if (request.url === "/.well-known/openid-configuration") {
    hits.discovery++;
    return send({ issuer: discoveredIssuer ?? base, jwks_uri: `${base}/keys` });
  }
  hits.jwks++;
  send({ keys: published.map((k) => k.public) });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const settings = (): OidcSettings => ({ issuer: base, audience: "api", teamsClaim: "groups", roleClaim: "roles" });
const token = (signer: ReturnType<typeof key>, claims: Record<string, unknown> = {}) =>
  Jwt.sign(
    { iss: base, aud: "api", sub: "alice", exp: Math.floor(Date.now() / 1000) + 300, groups: ["payments"], ...claims },
    signer.private as never,
  );

/** A clock the test moves. */
const clock = () => {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe("oidcVerifier", () => {
  it("discovers the keys once, then fetches them again only when old or for an unknown kid, at most every 30 s", async () => {
    const [first, second] = [key("k1"), key("k2")];
    published = [first];
    status = 200;
    discoveredIssuer = undefined;
    const time = clock();
    const verifier = oidcVerifier(settings(), time.now);
    const before = { ...hits };
    await verifier.verify(await token(first));
    await verifier.verify(await token(first));
    expect([hits.discovery - before.discovery, hits.jwks - before.jwks]).toEqual([1, 1]);

    // The provider rotates: the new kid is unknown, but the keys were fetched less than 30 s ago.
    published = [first, second];
    await expect(verifier.verify(await token(second))).rejects.toThrow(InvalidTokenError);
    time.advance(31_000);
    expect((await verifier.verify(await token(second))).id).toBe("alice");
    expect(hits.jwks - before.jwks).toBe(2);

    // Ten minutes on, the keys are fetched again, even for a known kid.
    time.advance(10 * 60_000 + 1);
    await verifier.verify(await token(first));
    expect(hits.jwks - before.jwks).toBe(3);
    expect(hits.discovery - before.discovery).toBe(1);
  });

  it("keeps verifying with the keys it has while the provider is down, and is unavailable without any", async () => {
    const signer = key("k3");
    published = [signer];
    status = 200;
    const time = clock();
    const verifier = oidcVerifier(settings(), time.now);
    await verifier.verify(await token(signer));
    status = 503;
    time.advance(11 * 60_000);
    expect((await verifier.verify(await token(signer))).id).toBe("alice");
    const fresh = oidcVerifier(settings(), time.now);
    await expect(fresh.verify(await token(signer))).rejects.toThrow(OidcUnavailableError);
    status = 200;
    expect((await fresh.verify(await token(signer))).id).toBe("alice");
  });

  it("refuses a discovery document for another issuer (OpenID Connect Discovery 4.3)", async () => {
    const signer = key("k4");
    published = [signer];
    status = 200;
    discoveredIssuer = "https://attacker.example.com";
    try {
      await expect(oidcVerifier(settings()).verify(await token(signer))).rejects.toThrow(/is for the issuer/);
    } finally {
      discoveredIssuer = undefined;
    }
  });

  it("gives up on a provider that does not answer within 5 s", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const started = Date.now();
    try {
      await expect(
        oidcVerifier({ ...settings(), jwksUrl: `${url}/keys` }).verify(await token(key("k5"))),
      ).rejects.toThrow(/no answer in 5000 ms/);
      expect(Date.now() - started).toBeLessThan(7000);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  }, 10_000);
});

describe("callerFromClaims", () => {
  const base = { issuer: "https://idp", audience: "api", teamsClaim: "groups", roleClaim: "roles" };

  it("reads teams and the strongest role granted; read when none is", () => {
    expect(callerFromClaims({ sub: "a", groups: ["x", "y", "x", 7], roles: ["read", "write"] }, base)).toEqual({
      id: "a",
      via: "oidc",
      role: "write",
      teams: ["x", "y"],
    });
    expect(callerFromClaims({ sub: "a", groups: "x", roles: "unknown" }, base)).toMatchObject({
      role: "read",
      teams: ["x"],
    });
    expect(callerFromClaims({ sub: "a" }, base)).toMatchObject({ role: "read", teams: [] });
  });

  it("grants at least the default role, so portals whose tokens carry no role can write", () => {
    const settings = { ...base, defaultRole: "write" as const };
    expect(callerFromClaims({ sub: "a" }, settings).role).toBe("write");
    expect(callerFromClaims({ sub: "a", roles: ["admin"] }, settings).role).toBe("admin");
  });

  it("gives an admin every team", () => {
    expect(callerFromClaims({ sub: "a", groups: ["x"], roles: ["admin"] }, base).teams).toBe("all");
  });

  it("reads a claim by its exact name first (namespaced URLs), else by a dotted path", () => {
    const settings = { ...base, teamsClaim: "https://acme.example.com/teams", roleClaim: "realm_access.roles" };
    expect(
      callerFromClaims(
        { sub: "a", "https://acme.example.com/teams": ["pay"], realm_access: { roles: ["write"] } },
        settings,
      ),
    ).toMatchObject({ role: "write", teams: ["pay"] });
  });

  it("maps role values through the role map, and then only those", () => {
    const settings = { ...base, roleMap: { "advisor-admins": "admin", devs: "write" } as const };
    expect(callerFromClaims({ sub: "a", roles: ["devs"] }, settings).role).toBe("write");
    expect(callerFromClaims({ sub: "a", roles: ["advisor-admins", "devs"] }, settings).role).toBe("admin");
    expect(callerFromClaims({ sub: "a", roles: ["admin"] }, settings).role).toBe("read");
  });

  it("refuses a token without a subject", () => {
    expect(() => callerFromClaims({ sub: "" }, base)).toThrow(InvalidTokenError);
  });
});
