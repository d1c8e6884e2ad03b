import { Problem } from "../problem-json.ts";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

/** The server answers only for its own host names (ALLOWED_HOSTS; loopback names when it has no tokens). */
export const HOST_PROBLEMS = {
  421: problem("The Host header is not one this server answers for (ALLOWED_HOSTS)."),
};

/** The probes are exempt from the host check and the rate limit; only the body limit applies to them. */
export const PROBE_PROBLEMS = {
  413: problem("A request body over the size limit (probes send none)."),
};

/** The error responses every route can give, documented once. */
export const COMMON_PROBLEMS = {
  ...HOST_PROBLEMS,
  429: problem("Too many requests from this client; retry after the Retry-After header's seconds."),
  500: problem("A bug on our side; quote the requestId."),
};

/** The error responses of routes that take a JSON body. */
export const BODY_PROBLEMS = {
  400: problem("Malformed JSON or values that break the contract; `errors` lists each value at fault."),
  413: problem("The body is over the size limit (1 MiB by default)."),
  415: problem("The body is not application/json."),
  ...COMMON_PROBLEMS,
};

/** Routes that run the decision: an organisation profile can leave no platform eligible. */
export const DECISION_PROBLEMS = {
  422: problem("The organisation profile in force (or the rules) leave no platform eligible for these answers."),
};

/** Routes behind bearer tokens (when API_TOKENS or OIDC_ISSUER is set). */
export const AUTH_PROBLEMS = {
  401: problem(
    "No token, one the server does not know, or an OIDC token that is expired, for another issuer or audience, or not signed by the issuer's keys (RS/ES algorithms only); see the WWW-Authenticate header.",
  ),
  403: problem("The token may read but not write, or the workload's team is not one of the caller's teams."),
};

/** Routes that read or write saved assessments: the bearer scheme, documented once. */
export const BEARER_SECURITY = [{ bearerAuth: [] }];
