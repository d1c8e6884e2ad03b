import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import { z } from "zod";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export const FieldError = z
  .object({
    path: z
      .string()
      .describe(
        "Where the value at fault sits, dot-separated from the top of the body or the query (answers.teamSize).",
      ),
    message: z.string(),
  })
  .meta({ id: "FieldError" });
export type FieldError = z.infer<typeof FieldError>;

/** An error response (RFC 9457). */
export const Problem = z
  .object({
    type: z.string().describe("A URI naming the kind of problem; about:blank when the status says it all."),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string(),
    instance: z.string().optional().describe("The path of the request that failed."),
    requestId: z.string().optional().describe("Quote it when reporting a problem; it is in the server's log."),
    errors: z.array(FieldError).optional().describe("Validation errors, one per value at fault."),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_TYPES = {
  validation: "urn:platform-advisor:problem:validation",
  malformedJson: "urn:platform-advisor:problem:malformed-json",
  noEligiblePlatform: "urn:platform-advisor:problem:no-eligible-platform",
  blank: "about:blank",
} as const;

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  421: "Misdirected Request",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** The standard title of an HTTP status, as RFC 9457 asks for about:blank problems. */
export const statusTitle = (status: number): string => TITLES[status] ?? "Error";

const joinPath = (path: readonly PropertyKey[]): string => path.map((key) => String(key)).join(".");

/**
 * Turns zod issues into field errors with dot paths ("answers.teamSize").
 * Unknown keys get one error each, at the key itself, so a form can mark the field.
 */
export const fieldErrors = (error: ZodError, prefix: readonly PropertyKey[] = []): FieldError[] =>
  error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: joinPath([...path, key]), message: `Unknown field "${key}"` }));
    }
    return [{ path: joinPath(path), message: issue.message }];
  });

/** A validation problem (400) for a zod error. */
export const validationProblem = (
  error: ZodError,
  detail = "The request does not match the API contract.",
  prefix: readonly PropertyKey[] = [],
): Problem & { status: 400 } => ({
  type: PROBLEM_TYPES.validation,
  title: "Invalid request",
  status: 400 as const,
  detail,
  errors: fieldErrors(error, prefix),
});

/** Sends a problem as application/problem+json, adding the request's path and id. */
export const problemResponse = <S extends ContentfulStatusCode>(
  c: Context,
  problem: Problem & { status: S },
  headers: Record<string, string> = {},
) => {
  const requestId: unknown = c.get("requestId");
  const body: Problem = {
    ...problem,
    instance: problem.instance ?? c.req.path,
    ...(typeof requestId === "string" ? { requestId } : {}),
  };
  return c.json(body, problem.status, { ...headers, "Content-Type": PROBLEM_CONTENT_TYPE });
};

/** Seconds a client should wait before retrying while the store is unavailable. */
export const STORE_RETRY_AFTER_SECONDS = 5;

/** 503 for a store that does not answer: the request may be retried; the cause is in the server's log. */
export const storeUnavailable = (c: Context) =>
  problemResponse(
    c,
    statusProblem(503, "The store of saved assessments is not answering; try again shortly. The cause is in our logs."),
    { "Retry-After": String(STORE_RETRY_AFTER_SECONDS) },
  );

/** A problem whose status says it all (404, 405, 413, ...). */
export const statusProblem = <S extends ContentfulStatusCode>(status: S, detail: string): Problem & { status: S } => ({
  type: PROBLEM_TYPES.blank,
  title: statusTitle(status),
  status,
  detail,
});
