import type { Caller } from "./auth/caller.ts";

/** What middleware puts on the request context for later handlers and the log line. */
export type AppEnv = {
  Variables: {
    requestId: string;
    /** The unexpected error a 500 answered, for the request's log line. */
    failure?: unknown;
    /** Who is calling, once bearer-auth has checked a token; unset when the server runs without authentication. */
    caller?: Caller;
  };
};
