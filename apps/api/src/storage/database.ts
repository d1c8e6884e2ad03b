import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as tables from "./tables.ts";

/** The one migration folder, forward only, for both stores. */
export const MIGRATIONS = fileURLToPath(new URL("../../migrations", import.meta.url));

/** A drizzle handle on either store; the queries take it and do not care which. */
export type Database = PgDatabase<PgQueryResultHKT, typeof tables>;

export type Storage = {
  kind: "embedded" | "postgres";
  db: Database;
  /**
   * Runs a write alone. PGlite has a single connection, so its writes are queued one after
   * another; PostgreSQL serialises them itself.
   */
  write: <T>(work: () => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
};

/** Where to store: a PostgreSQL URL, or a folder for the embedded store (`memory://` keeps it in memory, for tests). */
export type StorageTarget = { databaseUrl: string } | { dataDir: string };

const queue = () => {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
};

/** Opens the store and brings its schema up to date (migrations run here, at start-up). */
export const openStorage = async (target: StorageTarget, migrationsFolder = MIGRATIONS): Promise<Storage> => {
  if ("databaseUrl" in target) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10 });
    const db = drizzlePostgres({ client: pool, schema: tables });
    try {
      await migratePostgres(db, { migrationsFolder });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { kind: "postgres", db: db as unknown as Database, write: (work) => work(), close: () => pool.end() };
  }
  if (!target.dataDir.startsWith("memory://")) mkdirSync(target.dataDir, { recursive: true });
  const client = await PGlite.create(target.dataDir);
  const db = drizzlePglite({ client, schema: tables });
  await migratePglite(db, { migrationsFolder });
  return { kind: "embedded", db: db as unknown as Database, write: queue(), close: () => client.close() };
};
