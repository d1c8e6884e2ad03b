import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import type { Caller } from "../auth/caller.ts";
import { InvalidTokenError, type OidcSettings, OidcUnavailableError, oidcVerifier } from "../auth/oidc.ts";
import type { ApiToken } from "../env.ts";
import { problemResponse, statusProblem } from "../problem-json.ts";

const digest = (value: string) => createHash("sha256").update(value).digest();
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const CHALLENGE = 'Bearer realm="platform-advisor"';
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** Seconds a client should wait before retrying while the identity provider's keys cannot be fetched. */
const RETRY_AFTER_SECONDS = "5";

/** A static token's caller: teams as configured, or every team for an admin or a token configured without teams. */
const tokenCaller = (token: ApiToken): Caller => ({
  id: token.name,
  via: "token",
  role: token.scope,
  teams: token.scope === "admin" || !token.teams?.length ? "all" : token.teams,
});

/**
 * Authenticates saved-assessment and portfolio requests with a static bearer token (API_TOKENS) or an OpenID
 * Connect access token (OIDC_*), and puts the caller on the context for the routes' team checks. Static tokens
 * are compared as SHA-256 digests with timingSafeEqual, against every configured token, so the time taken says
 * nothing about how much of a token matched or which one. A `read` caller may only read. Neither configured:
 * everyone passes (the server only starts so on loopback, or with ALLOW_ANONYMOUS).
 */
export const bearerAuth = (tokens: readonly ApiToken[], oidc?: OidcSettings | undefined): MiddlewareHandler<AppEnv> => {
  const known = tokens.map((token) => ({ caller: tokenCaller(token), digest: digest(token.token) }));
  const verifier = oidc ? oidcVerifier(oidc) : undefined;
  const unauthorized = (c: Parameters<MiddlewareHandler<AppEnv>>[0], detail: string) =>
    problemResponse(c, statusProblem(401, detail), {
      "WWW-Authenticate": `${CHALLENGE}, error="invalid_token", error_description="${detail.replaceAll('"', "'")}"`,
    });

  return async (c, next) => {
    if (known.length === 0 && !verifier) return next();
    const header = c.req.header("authorization") ?? "";
    const presented = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header)?.[1];
    if (presented === undefined) {
      return problemResponse(c, statusProblem(401, "Send Authorization: Bearer <token>."), {
        "WWW-Authenticate": CHALLENGE,
      });
    }
    const presentedDigest = digest(presented);
    let caller: Caller | undefined;
    for (const token of known) if (timingSafeEqual(token.digest, presentedDigest)) caller ??= token.caller;
    if (!caller && verifier && JWT_SHAPE.test(presented)) {
      try {
        caller = await verifier.verify(presented);
      } catch (error) {
        if (error instanceof InvalidTokenError) return unauthorized(c, `The OIDC token is refused: ${error.message}.`);
        if (error instanceof OidcUnavailableError) {
          c.set("failure", error);
          return problemResponse(
            c,
            statusProblem(
              503,
              "The identity provider's keys cannot be fetched right now, so the token cannot be checked.",
            ),
            { "Retry-After": RETRY_AFTER_SECONDS },
          );
        }
        throw error;
      }
    }
    if (!caller) return unauthorized(c, "The token is not one this server knows.");
    if (caller.role === "read" && !READ_METHODS.has(c.req.method)) {
      return problemResponse(c, statusProblem(403, `The caller "${caller.id}" may read but not write.`), {
        "WWW-Authenticate": `${CHALLENGE}, error="insufficient_scope", scope="write"`,
      });
    }
    c.set("caller", caller);
    return next();
  };
};
