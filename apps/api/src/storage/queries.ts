import type { Column, SQL } from "drizzle-orm";
import { orm } from "./drizzle.ts";
import type { PostgresDatabase } from "./postgres.ts";
import type { SqliteDatabase } from "./sqlite.ts";
import { assessments as pgAssessments } from "./tables.ts";
import { assessments as sqliteAssessments } from "./tables-sqlite.ts";

const { and, desc, eq, inArray, lt, max, sql } = orm;

/** One stored row, the same on both stores. */
export type AssessmentRecord = typeof pgAssessments.$inferSelect;
export type NewAssessmentRecord = Omit<AssessmentRecord, "seq">;

/** Which rows a list or the portfolio reads; `teams` (when given) keeps only those teams' rows, none when empty. */
export type RowFilter = {
  workload?: string | undefined;
  team?: string | undefined;
  teams?: readonly string[] | undefined;
};

const SUMMARY_COLUMNS = [
  "id",
  "seq",
  "workloadId",
  "workloadName",
  "team",
  "createdAt",
  "createdBy",
  "rulesetVersion",
  "recommended",
  "score",
] as const;
export type SummaryRecord = Pick<AssessmentRecord, (typeof SUMMARY_COLUMNS)[number]>;

const LATEST_COLUMNS = [
  "workloadId",
  "workloadName",
  "team",
  "recommended",
  "currentPlatform",
  "rulesetVersion",
  "profileHash",
] as const;
export type LatestRecord = Pick<AssessmentRecord, (typeof LATEST_COLUMNS)[number]>;

/** The statements the assessment store needs, once per dialect. */
export type Queries = {
  insert: (row: NewAssessmentRecord) => Promise<AssessmentRecord>;
  byId: (id: string) => Promise<AssessmentRecord | undefined>;
  /** Newest first, rows older than `before` (a seq) when given. */
  page: (filter: RowFilter & { before?: number | undefined; limit: number }) => Promise<SummaryRecord[]>;
  remove: (id: string) => Promise<boolean>;
  /** The newest row of each workload, ordered by workload id. */
  latest: (filter: RowFilter) => Promise<LatestRecord[]>;
  /** A trivial query: resolves while the store answers. */
  ping: () => Promise<void>;
};

type Table = typeof pgAssessments | typeof sqliteAssessments;

const pick = <T extends Table, K extends keyof T["_"]["columns"]>(table: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, table[key as keyof T]])) as unknown as Pick<T, K>;

/** The same WHERE on either table; undefined when a filter can match nothing (an empty `teams`). */
const where = (
  table: { workloadId: Column; team: Column; seq: Column },
  filter: RowFilter & { before?: number | undefined },
) => {
  const conditions: SQL[] = [];
  if (filter.workload !== undefined) conditions.push(eq(table.workloadId, filter.workload));
  if (filter.team !== undefined) conditions.push(eq(table.team, filter.team));
  if (filter.teams !== undefined) conditions.push(inArray(table.team, [...filter.teams]));
  if (filter.before !== undefined) conditions.push(lt(table.seq, filter.before));
  return and(...conditions);
};

const matchesNothing = (filter: RowFilter) => filter.teams !== undefined && filter.teams.length === 0;

/** The one row an INSERT ... RETURNING gave back. */
const insertedRow = <Row>(rows: Row[]): Row => {
  const [row] = rows;
  if (row === undefined) throw new Error("the insert returned no row");
  return row;
};

export const postgresQueries = (db: PostgresDatabase): Queries => {
  const t = pgAssessments;
  return {
    insert: async (row) => insertedRow(await db.insert(t).values(row).returning()),
    byId: async (id) => (await db.select().from(t).where(eq(t.id, id)).limit(1))[0],
    page: async (filter) =>
      matchesNothing(filter)
        ? []
        : db.select(pick(t, SUMMARY_COLUMNS)).from(t).where(where(t, filter)).orderBy(desc(t.seq)).limit(filter.limit),
    remove: async (id) => (await db.delete(t).where(eq(t.id, id)).returning({ id: t.id })).length > 0,
    latest: async (filter) =>
      matchesNothing(filter)
        ? []
        : db
            .selectDistinctOn([t.workloadId], pick(t, LATEST_COLUMNS))
            .from(t)
            .where(where(t, filter))
            .orderBy(t.workloadId, desc(t.seq)),
    ping: async () => void (await db.execute(sql`select 1`)),
  };
};

export const sqliteQueries = (db: SqliteDatabase): Queries => {
  const t = sqliteAssessments;
  return {
    insert: async (row) => insertedRow(await db.insert(t).values(row).returning()),
    byId: async (id) => (await db.select().from(t).where(eq(t.id, id)).limit(1))[0],
    page: async (filter) =>
      matchesNothing(filter)
        ? []
        : db.select(pick(t, SUMMARY_COLUMNS)).from(t).where(where(t, filter)).orderBy(desc(t.seq)).limit(filter.limit),
    remove: async (id) => (await db.delete(t).where(eq(t.id, id)).returning({ id: t.id })).length > 0,
    latest: async (filter) => {
      if (matchesNothing(filter)) return [];
      const newest = db
        .select({ seq: max(t.seq) })
        .from(t)
        .where(where(t, filter))
        .groupBy(t.workloadId);
      return db.select(pick(t, LATEST_COLUMNS)).from(t).where(inArray(t.seq, newest)).orderBy(t.workloadId);
    },
    ping: async () => void (await db.get(sql`select 1`)),
  };
};
