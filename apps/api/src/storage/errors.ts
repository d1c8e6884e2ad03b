/** The store did not answer (down, unreachable, timed out, full or locked): the request may succeed later. */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
}

/** The store cannot be opened as configured; the message says what to do. The server does not start. */
export class StoreRefusedError extends Error {
  override name = "StoreRefusedError";
}

/** Error codes and messages that mean "the store is away", not "this query is wrong". */
const PG_UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "57P01", // admin_shutdown: pg_terminate_backend, a restart
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or shutting down
  "57014", // query_canceled: the statement timeout
  "53100", // disk_full
  "53200", // out_of_memory
  "53300", // too_many_connections
]);
const PG_UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended unexpectedly/i;
/** SQLite primary result codes: BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB. */
const SQLITE_UNAVAILABLE = new Set([5, 6, 8, 10, 11, 13, 14, 26]);

const causes = function* (error: unknown) {
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    yield current as { code?: unknown; errcode?: unknown; message?: unknown; cause?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
};

/** The error (or one of its causes) that says the store is unavailable, if any. */
export const unavailableCause = (error: unknown): Error | undefined => {
  for (const cause of causes(error)) {
    const code = typeof cause.code === "string" ? cause.code : undefined;
    const errcode = typeof cause.errcode === "number" ? cause.errcode & 0xff : undefined;
    const message = typeof cause.message === "string" ? cause.message : "";
    if (
      (code !== undefined && (PG_UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) ||
      (errcode !== undefined && SQLITE_UNAVAILABLE.has(errcode)) ||
      PG_UNAVAILABLE_MESSAGES.test(message)
    ) {
      return cause instanceof Error ? cause : new Error(message || String(code ?? errcode));
    }
  }
  return undefined;
};

/** One line about an error for the log: its code and message, never a query's parameters. */
export const describeCause = (error: Error): string => {
  const { code, errcode, errstr } = error as { code?: unknown; errcode?: unknown; errstr?: unknown };
  const tag = typeof code === "string" && code !== "ERR_SQLITE_ERROR" ? code : (errstr ?? errcode);
  const message = (error.message.split("\n")[0] ?? "").slice(0, 300);
  return tag !== undefined ? `${String(tag)}: ${message}` : message;
};
