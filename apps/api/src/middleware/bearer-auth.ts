import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { ApiToken } from "../env.ts";
import { problemResponse, statusProblem } from "../problem-json.ts";

const digest = (value: string) => createHash("sha256").update(value).digest();
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const CHALLENGE = 'Bearer realm="platform-advisor"';

/**
 * Bearer tokens with a scope each: `read` for GET, `write` for everything. Tokens are compared
 * as SHA-256 digests with timingSafeEqual, against every configured token, so the time taken
 * says nothing about how much of a token matched or which one. No tokens: everyone passes
 * (the server only starts so on loopback, or with ALLOW_ANONYMOUS).
 */
export const bearerAuth = (tokens: readonly ApiToken[]): MiddlewareHandler => {
  const known = tokens.map((token) => ({ ...token, digest: digest(token.token) }));
  return async (c, next) => {
    if (known.length === 0) return next();
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
    if (!match) {
      return problemResponse(c, statusProblem(401, "Send Authorization: Bearer <token>."), {
        "WWW-Authenticate": CHALLENGE,
      });
    }
    const presented = digest(match[1]!);
    let found: (typeof known)[number] | undefined;
    for (const token of known) if (timingSafeEqual(token.digest, presented)) found ??= token;
    if (!found) {
      return problemResponse(c, statusProblem(401, "The token is not one this server knows."), {
        "WWW-Authenticate": `${CHALLENGE}, error="invalid_token"`,
      });
    }
    if (found.scope === "read" && !READ_METHODS.has(c.req.method)) {
      return problemResponse(c, statusProblem(403, `The token "${found.name}" may read but not write.`), {
        "WWW-Authenticate": `${CHALLENGE}, error="insufficient_scope", scope="write"`,
      });
    }
    return next();
  };
};
