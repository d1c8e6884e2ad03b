import { Jwt } from "hono/utils/jwt";
import type { HonoJsonWebKey } from "hono/utils/jwt/jws";
import { type Caller, ROLES, type Role, strongerRole } from "./caller.ts";

/** How the server checks OpenID Connect access tokens (env.ts reads them from OIDC_*). */
export type OidcSettings = {
  /** The `iss` every token must carry; discovery reads `{issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** The `aud` every token must include: this API's client id or audience at the identity provider. */
  audience: string;
  /** The JWKS, when not discovered from the issuer. */
  jwksUrl?: string | undefined;
  /** The claim holding the caller's teams (a string or an array of strings; `a.b` reads a nested claim). */
  teamsClaim: string;
  /** The claim holding the caller's role(s). */
  roleClaim: string;
  /** Maps the role claim's values to roles; without it the values `read`, `write` and `admin` are taken as they are. */
  roleMap?: Readonly<Record<string, Role>> | undefined;
  /** The role of a caller whose token grants none (Backstage's user tokens carry no role): `read` unless set. */
  defaultRole?: "read" | "write" | undefined;
};

/** Asymmetric algorithms only: an HMAC key would be a secret the identity provider shares with every API. */
export const OIDC_ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "ES512"] as const;

/** The token is not one to accept; `reason` is safe to show (it never holds the token). */
export class InvalidTokenError extends Error {
  override name = "InvalidTokenError";
}

/** The identity provider's keys cannot be had right now: the token can be neither accepted nor refused. */
export class OidcUnavailableError extends Error {
  override name = "OidcUnavailableError";
}

const FETCH_TIMEOUT_MS = 5000;
/** Keys are fetched again after this long, so a rotation reaches the server without a restart. */
const KEYS_MAX_AGE_MS = 10 * 60_000;
/** An unknown `kid` fetches the keys again (a rotation), but not more often than this: unknown kids are free to send. */
const REFETCH_FLOOR_MS = 30_000;

/** Why hono's JWT checks refused a token, by error name: its messages quote the token, which must not be echoed. */
const REASONS: Record<string, string> = {
  JwtTokenExpired: "the token has expired",
  JwtTokenNotBefore: "the token is not valid yet",
  JwtTokenIssuedAt: "the token is issued in the future",
  JwtTokenIssuer: "the token is from another issuer",
  JwtTokenAudience: "the token is for another audience",
  JwtPayloadRequiresAud: "the token names no audience",
  JwtTokenSignatureMismatched: "the signature does not match",
  JwtAlgorithmNotAllowed: `the algorithm is not one of ${OIDC_ALGORITHMS.join(", ")}`,
  JwtSymmetricAlgorithmNotAllowed: `the algorithm is not one of ${OIDC_ALGORITHMS.join(", ")}`,
  JwtAlgorithmMismatch: "the algorithm is not the key's",
  JwtHeaderRequiresKid: "the token names no key (kid)",
};

const fetchJson = async (url: string, what: string): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: "application/json" },
    });
  } catch (error) {
    const cause =
      error instanceof Error && error.name === "TimeoutError" ? `no answer in ${FETCH_TIMEOUT_MS} ms` : String(error);
    throw new OidcUnavailableError(`could not fetch the ${what} from ${url}: ${cause}`);
  }
  if (!response.ok) throw new OidcUnavailableError(`the ${what} at ${url} answered ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new OidcUnavailableError(`the ${what} at ${url} is not JSON`);
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A claim by name, or by a dotted path into nested claims when no claim has that exact name (`realm_access.roles`). */
const claim = (payload: Record<string, unknown>, name: string): unknown => {
  if (name in payload) return payload[name];
  let value: unknown = payload;
  for (const part of name.split(".")) value = isRecord(value) ? value[part] : undefined;
  return value;
};

/** A claim's strings: one string, or the strings of an array; anything else gives none. */
export const claimStrings = (payload: Record<string, unknown>, name: string): string[] => {
  const value = claim(payload, name);
  if (typeof value === "string") return value === "" ? [] : [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string" && item !== "");
  return [];
};

/**
 * The caller a verified token describes. The role is the strongest the role claim grants (through `roleMap`
 * when given), and at least `defaultRole` (read unless configured). An admin sees every team; anyone else only the teams the
 * teams claim names, and none when it names none.
 */
export const callerFromClaims = (payload: Record<string, unknown>, settings: OidcSettings): Caller => {
  const sub = payload.sub;
  if (typeof sub !== "string" || sub === "") throw new InvalidTokenError("the token names no subject (sub)");
  const granted = claimStrings(payload, settings.roleClaim).flatMap((value): Role[] => {
    const role = settings.roleMap
      ? settings.roleMap[value]
      : (ROLES as readonly string[]).includes(value)
        ? value
        : undefined;
    return role ? [role as Role] : [];
  });
  const role = granted.reduce<Role>(strongerRole, settings.defaultRole ?? "read");
  return {
    id: sub,
    via: "oidc",
    role,
    teams: role === "admin" ? "all" : [...new Set(claimStrings(payload, settings.teamsClaim))],
  };
};

type KeySet = { keys: HonoJsonWebKey[]; fetchedAt: number };

/**
 * Verifies OpenID Connect access tokens (JWTs) against the issuer's published keys: discovered once from the
 * issuer (or given), cached, fetched again when they are old or a token names a key not seen yet. Checks the
 * signature (RS/ES algorithms only), `iss`, `aud`, `exp` (required), `nbf` and `iat`.
 */
export const oidcVerifier = (settings: OidcSettings, now: () => number = Date.now) => {
  let jwksUrl: Promise<string> | undefined;
  let keySet: KeySet | undefined;
  let fetching: Promise<KeySet> | undefined;

  const discover = async (): Promise<string> => {
    if (settings.jwksUrl) return settings.jwksUrl;
    const url = `${settings.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
    const document = await fetchJson(url, "OpenID configuration");
    if (!isRecord(document) || typeof document.jwks_uri !== "string")
      throw new OidcUnavailableError(`the OpenID configuration at ${url} has no jwks_uri`);
    // OpenID Connect Discovery 1.0, section 4.3: the issuer in the document must be the one asked for.
    if (document.issuer !== settings.issuer)
      throw new OidcUnavailableError(
        `the OpenID configuration at ${url} is for the issuer ${JSON.stringify(document.issuer)}, not ${JSON.stringify(settings.issuer)}`,
      );
    return document.jwks_uri;
  };

  const fetchKeys = (): Promise<KeySet> => {
    fetching ??= (async () => {
      try {
        jwksUrl ??= discover();
        const url = await jwksUrl.catch((error) => {
          jwksUrl = undefined;
          throw error;
        });
        const document = await fetchJson(url, "JWKS");
        if (!isRecord(document) || !Array.isArray(document.keys))
          throw new OidcUnavailableError(`the JWKS at ${url} has no keys array`);
        keySet = { keys: document.keys.filter(isRecord) as HonoJsonWebKey[], fetchedAt: now() };
        return keySet;
      } finally {
        fetching = undefined;
      }
    })();
    return fetching;
  };

  /** The keys, fetched when there are none yet or they are old; an unknown kid fetches again once in a while. */
  const keysFor = async (kid: string): Promise<HonoJsonWebKey[]> => {
    const current = keySet;
    if (!current || now() - current.fetchedAt > KEYS_MAX_AGE_MS) {
      try {
        return (await fetchKeys()).keys;
      } catch (error) {
        // Old keys still verify the tokens they signed while the provider is unreachable.
        if (current) return current.keys;
        throw error;
      }
    }
    if (current.keys.some((key) => key.kid === kid) || now() - current.fetchedAt < REFETCH_FLOOR_MS)
      return current.keys;
    return (await fetchKeys()).keys;
  };

  return {
    settings,
    /** The caller the token describes; throws InvalidTokenError (401) or OidcUnavailableError (503). */
    verify: async (token: string): Promise<Caller> => {
      let header: { alg?: unknown; kid?: unknown; typ?: unknown };
      try {
        header = Jwt.decode(token).header;
      } catch {
        throw new InvalidTokenError("the token is not a JWT");
      }
      if (typeof header.alg !== "string" || !(OIDC_ALGORITHMS as readonly string[]).includes(header.alg))
        throw new InvalidTokenError(`the algorithm is not one of ${OIDC_ALGORITHMS.join(", ")}`);
      if (typeof header.kid !== "string") throw new InvalidTokenError("the token names no key (kid)");
      const keys = await keysFor(header.kid);
      if (!keys.some((key) => key.kid === header.kid))
        throw new InvalidTokenError("the token's key is not the issuer's");
      let payload: Record<string, unknown>;
      try {
        payload = await Jwt.verifyWithJwks(token, {
          keys,
          allowedAlgorithms: OIDC_ALGORITHMS,
          verification: {
            iss: settings.issuer,
            aud: settings.audience,
            // RFC 9068 access tokens say typ "at+jwt"; others say "JWT" or nothing.
            ...(typeof header.typ === "string" && /^(application\/)?at\+jwt$/i.test(header.typ)
              ? { typ: "at+jwt" }
              : {}),
          },
        });
      } catch (error) {
        const name = error instanceof Error ? error.name : "";
        throw new InvalidTokenError(REASONS[name] ?? "the token is malformed or not signed by the issuer");
      }
      // A token without an expiry would be good forever.
      if (typeof payload.exp !== "number") throw new InvalidTokenError("the token has no expiry (exp)");
      return callerFromClaims(payload, settings);
    },
  };
};

export type OidcVerifier = ReturnType<typeof oidcVerifier>;
