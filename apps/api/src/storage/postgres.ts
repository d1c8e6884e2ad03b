import { setTimeout as sleep } from "node:timers/promises";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { loadNodePostgres } from "./drizzle.ts";
import { describeCause, StoreRefusedError, unavailableCause } from "./errors.ts";
import * as tables from "./tables.ts";

export type PostgresDatabase = NodePgDatabase<typeof tables>;

/** How the server talks to PostgreSQL; every wait is bounded. */
export type PostgresOptions = {
  databaseUrl: string;
  /** To open a connection. */
  connectTimeoutMs: number;
  /** For one statement, enforced by the server (statement_timeout) and, a little later, by the client. */
  statementTimeoutMs: number;
  /** How long start-up keeps retrying an unreachable server before the process exits. */
  startTimeoutMs: number;
};

/** host:port of the URL, for messages: never the user or the password. */
export const whereIs = (databaseUrl: string): string => {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname || "localhost"}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
};

/**
 * A pool that survives its server: idle connections the server ends (a restart, pg_terminate_backend) are
 * dropped by the `error` handler instead of killing the process, and the next query opens a new one.
 */
export const createPool = (options: PostgresOptions, onIdleError: (error: Error) => void) => {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 10,
    connectionTimeoutMillis: options.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs,
    idle_in_transaction_session_timeout: options.statementTimeoutMs,
    // A frozen server never answers, so the server-side timeout cannot fire: the client gives up too.
    query_timeout: options.statementTimeoutMs + 2000,
    keepAlive: true,
    application_name: "platform-advisor",
  });
  pool.on("error", onIdleError);
  return pool;
};

/**
 * Connects and migrates, retrying while the server is unreachable (compose starts it with us) until
 * `startTimeoutMs`; then fails with where it tried and why. Errors that waiting cannot fix (a wrong password,
 * a missing database) fail at once.
 */
export const openPostgres = async (
  options: PostgresOptions,
  migrationsFolder: string,
  onIdleError: (error: Error) => void,
  onRetry: (attempt: number, cause: string) => void = () => {},
): Promise<{ pool: pg.Pool; db: PostgresDatabase }> => {
  const { drizzle, migrate } = loadNodePostgres();
  const pool = createPool(options, onIdleError);
  const db = drizzle({ client: pool, schema: tables });
  const deadline = Date.now() + options.startTimeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await pool.query("select 1");
      await migrate(db, { migrationsFolder });
      return { pool, db };
    } catch (error) {
      const unavailable = unavailableCause(error);
      const cause = describeCause(unavailable ?? (error instanceof Error ? error : new Error(String(error))));
      const delay = Math.min(250 * 2 ** (attempt - 1), 4000);
      if (unavailable && Date.now() + delay < deadline) {
        onRetry(attempt, cause);
        await sleep(delay);
        continue;
      }
      await pool.end().catch(() => undefined);
      const waited = unavailable ? ` after ${attempt} attempts in ${Math.round(options.startTimeoutMs / 1000)} s` : "";
      throw new StoreRefusedError(
        `PostgreSQL at ${whereIs(options.databaseUrl)} could not be used${waited}: ${cause}. Check that the server runs and DATABASE_URL is right.`,
      );
    }
  }
};
