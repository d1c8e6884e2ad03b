import type { Answers, Recommendation } from "@platform-advisor/model";
import { pgCore } from "./drizzle.ts";

const { bigserial, doublePrecision, index, jsonb, pgTable, text, timestamp } = pgCore;

/** Saved assessments: one row per save, never updated. `seq` orders them (newest first) and backs the cursor. */
export const assessments = pgTable(
  "assessments",
  {
    id: text("id").primaryKey(),
    seq: bigserial("seq", { mode: "number" }).notNull().unique(),
    workloadId: text("workload_id").notNull(),
    workloadName: text("workload_name"),
    team: text("team"),
    note: text("note"),
    answers: jsonb("answers").$type<Answers>().notNull(),
    recommendation: jsonb("recommendation").$type<Recommendation>().notNull(),
    recommended: text("recommended").notNull(),
    score: doublePrecision("score").notNull(),
    rulesetVersion: text("ruleset_version").notNull(),
    profileHash: text("profile_hash"),
    currentPlatform: text("current_platform"),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    index("assessments_workload_seq").on(table.workloadId, table.seq),
    index("assessments_team_seq").on(table.team, table.seq),
  ],
);

export type AssessmentRow = typeof assessments.$inferSelect;
