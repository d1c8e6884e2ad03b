import { createRequire } from "node:module";

/*
 * drizzle-orm through its CommonJS build. Node 22-26's ES module loader reads the nearest package.json again for
 * each module it loads, and drizzle's is 179 kB: importing drizzle as ES modules took the built server 2.5-6 s and
 * about 250 MB of its 320 MB peak at start on this machine; the same modules through require() take 0.45 s and
 * 20 MB (docs/benchmarks.md, issue 17). Every runtime use of drizzle in the server goes through here, so one copy
 * of it is loaded; types still come from the package's own declarations.
 */
const require = createRequire(import.meta.url);

export const orm: typeof import("drizzle-orm") = require("drizzle-orm");
export const pgCore: typeof import("drizzle-orm/pg-core") = require("drizzle-orm/pg-core");
export const sqliteCore: typeof import("drizzle-orm/sqlite-core") = require("drizzle-orm/sqlite-core");

/** The PostgreSQL driver and migrator, loaded only when DATABASE_URL is set. */
export const loadNodePostgres = () => ({
  ...(require("drizzle-orm/node-postgres") as typeof import("drizzle-orm/node-postgres")),
  ...(require("drizzle-orm/node-postgres/migrator") as typeof import("drizzle-orm/node-postgres/migrator")),
});

/** The driver over any executor (node:sqlite here) and its migrator, loaded only for the embedded store. */
export const loadSqliteProxy = () => ({
  ...(require("drizzle-orm/sqlite-proxy") as typeof import("drizzle-orm/sqlite-proxy")),
  ...(require("drizzle-orm/sqlite-proxy/migrator") as typeof import("drizzle-orm/sqlite-proxy/migrator")),
});
