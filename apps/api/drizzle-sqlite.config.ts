import { defineConfig } from "drizzle-kit";

/** `npx drizzle-kit generate --config drizzle-sqlite.config.ts` (in apps/api): the embedded store's next migration. */
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/storage/tables-sqlite.ts",
  out: "./migrations-sqlite",
});
