import { defineConfig } from "drizzle-kit";

/** `npx drizzle-kit generate` (in apps/api): PostgreSQL's next forward-only migration. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/storage/tables.ts",
  out: "./migrations",
});
