import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { problemResponse, statusProblem } from "../problem-json.ts";

/** The host part of a Host header, lower case, without the port ("[::1]:8787" -> "[::1]"). */
export const hostName = (header: string): string => {
  const value = header.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(0, value.indexOf("]") + 1);
  return value.replace(/:\d*$/, "");
};

/**
 * Answers 421 Misdirected Request to a Host header not in `allowed` (undefined: any). The platform's probes
 * are exempt: a kubelet sends the pod's address, and health says nothing a rebinding page could use.
 */
export const allowedHosts =
  (allowed: readonly string[] | undefined, exempt: ReadonlySet<string>): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (allowed === undefined || exempt.has(c.req.path)) return next();
    // Node's server builds the URL from the Host header; an in-process request has only the URL.
    const host = hostName(c.req.header("host") ?? new URL(c.req.url).host);
    if (allowed.includes(host)) return next();
    return problemResponse(
      c,
      statusProblem(
        421,
        `This server does not answer for the host ${JSON.stringify(host.slice(0, 100))}; it answers for ${allowed.join(", ")} (ALLOWED_HOSTS).`,
      ),
    );
  };
