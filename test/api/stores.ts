import { openStorage, POSTGRES_DEFAULTS, type Storage, type StorageTarget } from "@platform-advisor/api";
import pg from "pg";
import { type PostgresServer, startPostgres } from "./postgres-server.ts";

/** The two stores every storage test runs against: embedded SQLite in memory, and a real PostgreSQL server. */
export const STORES = ["embedded", "postgres"] as const;
export type StoreKind = (typeof STORES)[number];

let server: Promise<PostgresServer> | undefined;
let databases = 0;

/** A fresh, empty database of this kind, not yet migrated. */
export const emptyDatabase = async (kind: StoreKind): Promise<StorageTarget> => {
  if (kind === "embedded") return { dataDir: "memory://" };
  server ??= startPostgres();
  const { url } = await server;
  const name = `test_${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return { ...POSTGRES_DEFAULTS, databaseUrl: url.replace(/\/postgres$/, `/${name}`) };
};

/** Opens a fresh, migrated store of this kind. */
export const freshStorage = async (kind: StoreKind): Promise<Storage> => openStorage(await emptyDatabase(kind));

/** The PostgreSQL server the tests share, started on first use. */
export const sharedPostgres = () => {
  server ??= startPostgres();
  return server;
};

/** Stops the PostgreSQL server this file started, if any. */
export const stopStores = async () => {
  if (server) (await server).stop();
  server = undefined;
};
