import { fileURLToPath } from "node:url";
import type { Logger } from "../logger.ts";
import { describeCause, StoreUnavailableError, unavailableCause } from "./errors.ts";
import { openPostgres, type PostgresOptions, whereIs } from "./postgres.ts";
import { postgresQueries, type Queries, sqliteQueries } from "./queries.ts";
import { openSqlite } from "./sqlite.ts";

/** PostgreSQL's migration folder, forward only. */
export const MIGRATIONS = fileURLToPath(new URL("../../migrations", import.meta.url));
/** The embedded store's (SQLite's) migration folder, forward only. */
export const SQLITE_MIGRATIONS = fileURLToPath(new URL("../../migrations-sqlite", import.meta.url));

export type Storage = {
  kind: "embedded" | "postgres";
  /** The statements, each call guarded: a store that does not answer rejects with StoreUnavailableError. */
  queries: Queries;
  /** Runs SQL as written (for tests and one-off maintenance); rows as objects. */
  raw: (query: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
};

/**
 * Where to store: PostgreSQL (with its timeouts), or a folder for the embedded SQLite store
 * (`memory://` keeps it in memory, for tests).
 */
export type StorageTarget = PostgresOptions | { dataDir: string };

export const POSTGRES_DEFAULTS = { connectTimeoutMs: 5000, statementTimeoutMs: 10_000, startTimeoutMs: 30_000 };

export type OpenOptions = {
  /** A migration folder other than the dialect's own (tests bring a store to an older schema). */
  migrations?: string | undefined;
  /** Where outages of the store are told: once when it goes away, once when it is back. */
  logger?: Logger | undefined;
};

/**
 * Turns a failing store call into StoreUnavailableError when the store is away, and logs the cause once per
 * outage (not once per request), and once when the store answers again.
 */
const availability = (kind: Storage["kind"], logger: Logger) => {
  let down: string | undefined;
  const wentAway = (cause: string) => {
    if (down !== undefined) return;
    down = cause;
    logger({ level: "error", msg: "store unavailable", store: kind, cause });
  };
  const guard =
    <A extends unknown[], R>(work: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        const result = await work(...args);
        if (down !== undefined) {
          logger({ level: "info", msg: "store available again", store: kind, after: down });
          down = undefined;
        }
        return result;
      } catch (error) {
        const cause = unavailableCause(error);
        if (!cause) throw error;
        const described = describeCause(cause);
        wentAway(described);
        throw new StoreUnavailableError(`The ${kind} store is unavailable: ${described}`, { cause });
      }
    };
  return { guard, wentAway };
};

const guardAll = (queries: Queries, guard: ReturnType<typeof availability>["guard"]): Queries =>
  Object.fromEntries(
    Object.entries(queries).map(([name, work]) => [name, guard(work as (...args: unknown[]) => Promise<unknown>)]),
  ) as Queries;

/** Opens the store and brings its schema up to date (migrations run here, at start-up). */
export const openStorage = async (target: StorageTarget, options: OpenOptions = {}): Promise<Storage> => {
  const logger = options.logger ?? (() => {});
  if ("databaseUrl" in target) {
    const { guard, wentAway } = availability("postgres", logger);
    const { pool, db } = await openPostgres(
      target,
      options.migrations ?? MIGRATIONS,
      // An idle connection the server ended: the pool drops it and the next query opens a new one.
      (error) => wentAway(`idle connection lost: ${describeCause(error)}`),
      (attempt, cause) =>
        logger({
          level: "error",
          msg: "store not reachable yet, retrying",
          at: whereIs(target.databaseUrl),
          attempt,
          cause,
        }),
    );
    let closed: Promise<void> | undefined;
    return {
      kind: "postgres",
      queries: guardAll(postgresQueries(db), guard),
      raw: async (query, params = []) => (await pool.query(query, params)).rows,
      close: () => {
        closed ??= pool.end();
        return closed;
      },
    };
  }
  const { guard } = availability("embedded", logger);
  const { database, db } = await openSqlite(target.dataDir, options.migrations ?? SQLITE_MIGRATIONS);
  return {
    kind: "embedded",
    queries: guardAll(sqliteQueries(db), guard),
    raw: async (query, params = []) =>
      database.prepare(query).all(...(params as Parameters<ReturnType<typeof database.prepare>["all"]>)) as Record<
        string,
        unknown
      >[],
    close: async () => {
      if (database.isOpen) database.close();
    },
  };
};
