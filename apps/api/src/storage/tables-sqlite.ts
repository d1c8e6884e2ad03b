import type { Answers, Recommendation } from "@platform-advisor/model";
import { sqliteCore } from "./drizzle.ts";

const { index, integer, real, sqliteTable, text } = sqliteCore;

/**
 * The embedded store's table: the same columns as PostgreSQL's (tables.ts), in SQLite's types. `seq` is the
 * rowid with AUTOINCREMENT, so a deleted row's number is never handed out again and cursors stay stable.
 */
export const assessments = sqliteTable(
  "assessments",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull().unique(),
    workloadId: text("workload_id").notNull(),
    workloadName: text("workload_name"),
    team: text("team"),
    note: text("note"),
    answers: text("answers", { mode: "json" }).$type<Answers>().notNull(),
    recommendation: text("recommendation", { mode: "json" }).$type<Recommendation>().notNull(),
    recommended: text("recommended").notNull(),
    score: real("score").notNull(),
    rulesetVersion: text("ruleset_version").notNull(),
    profileHash: text("profile_hash"),
    currentPlatform: text("current_platform"),
    createdBy: text("created_by"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (table) => [
    index("assessments_workload_seq").on(table.workloadId, table.seq),
    index("assessments_team_seq").on(table.team, table.seq),
  ],
);
