import { createHmac, generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A signing key of the test identity provider: its private half, and its public half as a JWK. */
export type SigningKey = { kid: string; alg: "RS256" | "ES256"; privateKey: KeyObject; jwk: Record<string, unknown> };

/** A key pair made for the test: RSA (RS256) or P-256 (ES256). */
export const signingKey = (kid: string, alg: SigningKey["alg"]): SigningKey => {
  const { privateKey, publicKey } =
    alg === "RS256"
      ? generateKeyPairSync("rsa", { modulusLength: 2048 })
      : generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { kid, alg, privateKey, jwk: { ...publicKey.export({ format: "jwk" }), kid, alg, use: "sig" } };
};

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** A JWS compact token: header and claims as given, signed with the key (ES256 in the JOSE r||s form). */
export const signToken = (key: SigningKey, claims: Record<string, unknown>, header: Record<string, unknown> = {}) => {
  const input = `${part({ alg: key.alg, typ: "JWT", kid: key.kid, ...header })}.${part(claims)}`;
  const signature = sign("sha256", Buffer.from(input), {
    key: key.privateKey,
    ...(key.alg === "ES256" ? { dsaEncoding: "ieee-p1363" as const } : {}),
  });
  return `${input}.${signature.toString("base64url")}`;
};

/** An unsigned token (`alg: none`), as an attacker would send one. */
export const unsignedToken = (kid: string, claims: Record<string, unknown>) =>
  `${part({ alg: "none", typ: "JWT", kid })}.${part(claims)}.`;

/** An HS256 token whose HMAC secret is the given text (an attacker's guess: the provider's public key). */
export const hmacToken = (kid: string, secret: string, claims: Record<string, unknown>) => {
  const input = `${part({ alg: "HS256", typ: "JWT", kid })}.${part(claims)}`;
  return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
};

export type IdentityProvider = {
  issuer: string;
  jwksUrl: string;
  /** Requests served, by path. */
  hits: Map<string, number>;
  /** The keys the JWKS publishes; change it to rotate. */
  keys: SigningKey[];
  /** Answer every request with this status instead (a provider that is down). */
  failWith: number | undefined;
  close: () => Promise<void>;
};

/**
 * An OpenID provider on a loopback port: discovery document at `/.well-known/openid-configuration` under the
 * issuer, JWKS at `/jwks`. Only what a resource server reads.
 */
export const startIdentityProvider = async (
  keys: SigningKey[],
  issuerPath = "/realms/acme",
): Promise<IdentityProvider> => {
  const hits = new Map<string, number>();
  const provider: IdentityProvider = {
    issuer: "",
    jwksUrl: "",
    hits,
    keys,
    failWith: undefined,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((request, response) => {
    const path = request.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (provider.failWith !== undefined) return send(provider.failWith, { error: "unavailable" });
    if (path === `${issuerPath}/.well-known/openid-configuration`)
      return send(200, { issuer: provider.issuer, jwks_uri: provider.jwksUrl });
    if (path === "/jwks") return send(200, { keys: provider.keys.map((key) => key.jwk) });
    return send(404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  provider.issuer = `http://127.0.0.1:${port}${issuerPath}`;
  provider.jwksUrl = `http://127.0.0.1:${port}/jwks`;
  return provider;
};
