import { openStorage, type Storage, type StorageTarget } from "@platform-advisor/api";
import pg from "pg";
import { type PostgresServer, startPostgres } from "./postgres-server.ts";

/** The two stores every storage test runs against: embedded PGlite in memory, and a real PostgreSQL server. */
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
  return { databaseUrl: url.replace(/\/postgres$/, `/${name}`) };
};

/** Opens a fresh, migrated store of this kind. */
export const freshStorage = async (kind: StoreKind): Promise<Storage> => openStorage(await emptyDatabase(kind));

/** Stops the PostgreSQL server this file started, if any. */
export const stopStores = async () => {
  if (server) (await server).stop();
  server = undefined;
};
