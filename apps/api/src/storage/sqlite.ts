import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { DatabaseSync, StatementSync } from "node:sqlite";
import type { SqliteRemoteDatabase } from "drizzle-orm/sqlite-proxy";
import { loadSqliteProxy } from "./drizzle.ts";
import { StoreRefusedError } from "./errors.ts";
import * as tables from "./tables-sqlite.ts";

/** The embedded store is one SQLite file in DATA_DIR (with its -wal and -shm beside it while open). */
export const STORE_FILE = "assessments.sqlite";
/** What a store folder may hold besides the store: a file system's own folder on a fresh volume. */
const IGNORED = new Set(["lost+found"]);
/** Where a new store is built before it is renamed to STORE_FILE; left over only by a crash during creation. */
const DRAFT = `.${STORE_FILE}.new`;
/** The file every PostgreSQL (and so PGlite) data folder has: the previous embedded store's. */
const PGLITE_MARKER = "PG_VERSION";
const SQLITE_HEADER = "SQLite format 3\0";
/** How long a write waits for SQLite's lock before it counts as unavailable. */
const BUSY_TIMEOUT_MS = 5000;

export type SqliteDatabase = SqliteRemoteDatabase<typeof tables>;

/** node:sqlite is loaded on first use, so a server on PostgreSQL never needs it. */
const loadSqlite = (): typeof import("node:sqlite") => {
  try {
    return createRequire(import.meta.url)("node:sqlite");
  } catch (error) {
    throw new StoreRefusedError(
      `The embedded store needs node:sqlite, which this Node (${process.version}) does not provide without a flag: run Node 22.13 or later (or set DATABASE_URL to use PostgreSQL). ${error instanceof Error ? error.message : ""}`,
    );
  }
};

const hasSqliteHeader = (file: string) => {
  const fd = openSync(file, "r");
  try {
    const header = Buffer.alloc(16);
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString("latin1") === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
};

const sqliteMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What DATA_DIR holds: "new" (missing or empty: a store is created), "store" (ours), or a refusal that says
 * what to do. A folder that holds anything else is never written into.
 */
const inspectFolder = (dataDir: string): "new" | "store" => {
  if (!existsSync(dataDir)) return "new";
  if (!statSync(dataDir).isDirectory()) {
    throw new StoreRefusedError(`DATA_DIR=${dataDir} is a file, not a folder. Point DATA_DIR at a folder.`);
  }
  const entries = readdirSync(dataDir).filter((name) => !IGNORED.has(name) && !name.startsWith(DRAFT));
  if (entries.includes(STORE_FILE)) return "store";
  if (entries.includes(PGLITE_MARKER)) {
    throw new StoreRefusedError(
      `DATA_DIR=${dataDir} holds the previous embedded store (PGlite), which this version does not read. Leave that folder as it is (it holds your saved assessments) and set DATA_DIR to a new folder to start; to keep serving the old assessments, run the previous release on it, or point it and this version at one PostgreSQL database (DATABASE_URL).`,
    );
  }
  if (entries.some((name) => name.startsWith(`${STORE_FILE}-`))) {
    throw new StoreRefusedError(
      `DATA_DIR=${dataDir} holds ${entries.join(", ")} but not ${STORE_FILE}: the store file is missing. Restore it from a backup; the server will not create an empty store over what is left.`,
    );
  }
  if (entries.length > 0) {
    const shown = entries.slice(0, 5).join(", ") + (entries.length > 5 ? ", ..." : "");
    throw new StoreRefusedError(
      `DATA_DIR=${dataDir} is not a store: it holds ${shown}. Point DATA_DIR at an empty or new folder (the server creates it), or at a folder that holds ${STORE_FILE}.`,
    );
  }
  return "new";
};

/** Makes the rename of a new store file itself durable. */
const fsyncFolder = (folder: string) => {
  const fd = openSync(folder, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/** Runs drizzle's queries on node:sqlite, one prepared statement per distinct SQL text. */
const proxy = (database: DatabaseSync) => {
  const statements = new Map<string, StatementSync>();
  const prepare = (query: string) => {
    let statement = statements.get(query);
    if (!statement) {
      statement = database.prepare(query);
      statements.set(query, statement);
    }
    return statement;
  };
  // Rows as arrays, in column order, which is how drizzle maps them.
  const values = (row: unknown) => Object.values(row as Record<string, unknown>);
  return async (query: string, params: unknown[], method: "run" | "all" | "values" | "get") => {
    const statement = prepare(query);
    const args = params as Parameters<StatementSync["run"]>;
    if (method === "run") {
      statement.run(...args);
      return { rows: [] };
    }
    if (method === "get") {
      const row = statement.get(...args);
      return { rows: row === undefined ? (undefined as unknown as unknown[]) : values(row) };
    }
    return { rows: statement.all(...args).map(values) };
  };
};

const configure = (database: DatabaseSync, dataDir: string, memory: boolean) => {
  // One writer process per folder: the lock is taken by the first read below and held until close.
  if (!memory) database.exec("PRAGMA locking_mode = EXCLUSIVE");
  database.exec("PRAGMA busy_timeout = 0");
  try {
    const mode = database.prepare("PRAGMA journal_mode = WAL").get() as { journal_mode: string };
    if (!memory && mode.journal_mode !== "wal") {
      throw new StoreRefusedError(`DATA_DIR=${dataDir}: SQLite could not switch to WAL (got ${mode.journal_mode}).`);
    }
  } catch (error) {
    if (error instanceof StoreRefusedError) throw error;
    const message = sqliteMessage(error);
    if (/locked|busy/i.test(message)) {
      throw new StoreRefusedError(
        `DATA_DIR=${dataDir} is in use by another server process (its SQLite lock is held). Run one server per DATA_DIR, or set DATABASE_URL to share a PostgreSQL database between several instances.`,
      );
    }
    throw damaged(dataDir, message);
  }
  // FULL: a commit returns only once the write-ahead log is fsync'd, so a 201 is on disk.
  database.exec(`PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
};

const damaged = (dataDir: string, detail: string) =>
  new StoreRefusedError(
    `DATA_DIR=${dataDir}: ${STORE_FILE} is damaged (${detail}). The server will not serve from it or replace it: stop, restore the folder from a backup (or move it aside to start empty), then start again.`,
  );

/** quick_check reads every page: cheap at the sizes an assessment store reaches, and it catches torn files. */
const checkIntegrity = (database: DatabaseSync, dataDir: string) => {
  let rows: { quick_check: string }[];
  try {
    rows = database.prepare("PRAGMA quick_check").all() as { quick_check: string }[];
  } catch (error) {
    throw damaged(dataDir, sqliteMessage(error));
  }
  if (rows.length !== 1 || rows[0]?.quick_check !== "ok") {
    throw damaged(
      dataDir,
      rows
        .slice(0, 3)
        .map((row) => row.quick_check)
        .join("; "),
    );
  }
};

const migrateDatabase = async (database: DatabaseSync, db: SqliteDatabase, migrationsFolder: string) => {
  await loadSqliteProxy().migrate(
    db,
    async (queries) => {
      database.exec("BEGIN IMMEDIATE");
      try {
        for (const query of queries) database.exec(query);
        database.exec("COMMIT");
      } catch (error) {
        database.exec("ROLLBACK");
        throw error;
      }
    },
    { migrationsFolder },
  );
};

export type OpenedSqlite = { database: DatabaseSync; db: SqliteDatabase };

/**
 * Opens (or, in a missing or empty folder, creates) the embedded store: WAL, synchronous=FULL, an exclusive
 * lock, a quick_check, migrations. A new store is built beside its final name and renamed into place, so a
 * crash during creation never leaves a half-made store that a later start would take for a real one.
 */
export const openSqlite = async (dataDir: string, migrationsFolder: string): Promise<OpenedSqlite> => {
  const { DatabaseSync } = loadSqlite();
  const { drizzle } = loadSqliteProxy();
  if (dataDir.startsWith("memory://")) {
    const database = new DatabaseSync(":memory:");
    configure(database, dataDir, true);
    const db = drizzle(proxy(database), { schema: tables });
    await migrateDatabase(database, db, migrationsFolder);
    return { database, db };
  }
  const file = join(dataDir, STORE_FILE);
  if (inspectFolder(dataDir) === "new") {
    mkdirSync(dataDir, { recursive: true });
    const draft = join(dataDir, DRAFT);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${draft}${suffix}`, { force: true });
    try {
      const database = new DatabaseSync(draft);
      try {
        configure(database, dataDir, false);
        await migrateDatabase(database, drizzle(proxy(database), { schema: tables }), migrationsFolder);
      } finally {
        database.close();
      }
      renameSync(draft, file);
      fsyncFolder(dataDir);
    } catch (error) {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${draft}${suffix}`, { force: true });
      if (error instanceof StoreRefusedError) throw error;
      throw new StoreRefusedError(
        `DATA_DIR=${dataDir}: the store could not be created (${sqliteMessage(error)}). Check that the folder is writable and its disk has space.`,
      );
    }
  } else if (!hasSqliteHeader(file)) {
    throw damaged(dataDir, "it does not start with the SQLite header");
  }
  let database: DatabaseSync;
  try {
    database = new DatabaseSync(file);
  } catch (error) {
    throw damaged(dataDir, sqliteMessage(error));
  }
  try {
    configure(database, dataDir, false);
    checkIntegrity(database, dataDir);
    const db = drizzle(proxy(database), { schema: tables });
    await migrateDatabase(database, db, migrationsFolder);
    return { database, db };
  } catch (error) {
    database.close();
    throw error;
  }
};
