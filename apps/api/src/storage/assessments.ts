import { randomBytes } from "node:crypto";
import type {
  Answers,
  Assessment,
  AssessmentSummary,
  CurrentPlatform,
  PlatformId,
  Recommendation,
  WorkloadRef,
} from "@platform-advisor/model";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Storage } from "./database.ts";
import { type AssessmentRow, assessments } from "./tables.ts";

export type { AssessmentSummary, WorkloadRef };

/** An assessment as stored: what was asked, what was answered, and under which ruleset and profile. */
export type StoredAssessment = Assessment;

/** The latest assessment of one workload, as the portfolio reads it. */
export type LatestAssessment = {
  workload: WorkloadRef;
  recommended: PlatformId;
  currentPlatform: CurrentPlatform | null;
  rulesetVersion: string;
  profileHash: string | null;
};

/** Thrown for a list cursor this store did not hand out. */
export class InvalidCursorError extends Error {
  override name = "InvalidCursorError";
}

/** 128 random bits: ids say nothing about order or count and cannot be guessed. */
const newId = () => randomBytes(16).toString("base64url");

const encodeCursor = (seq: number) => Buffer.from(`seq:${seq}`).toString("base64url");
const decodeCursor = (cursor: string): number => {
  const match = /^seq:(\d{1,15})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new InvalidCursorError("The cursor is not one this server handed out.");
  return Number(match[1]);
};

const workloadOf = (row: Pick<AssessmentRow, "workloadId" | "workloadName" | "team">): WorkloadRef => ({
  id: row.workloadId,
  ...(row.workloadName !== null ? { name: row.workloadName } : {}),
  ...(row.team !== null ? { team: row.team } : {}),
});

const toAssessment = (row: AssessmentRow): StoredAssessment => ({
  id: row.id,
  workload: workloadOf(row),
  answers: row.answers,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
  rulesetVersion: row.rulesetVersion,
  profile: row.recommendation.profile ?? null,
  recommendation: row.recommendation,
});

/** The queries on saved assessments; routes call these and nothing else touches the tables. */
export const assessmentStore = ({ db, write }: Storage) => ({
  /** Stores one assessment; resolves once the database has committed it. */
  save: async (
    input: { workload: WorkloadRef; answers: Answers; note?: string | undefined },
    recommendation: Recommendation,
    createdAt: Date,
  ): Promise<StoredAssessment> => {
    const leader = recommendation.ranking[0];
    const [row] = await write(() =>
      db
        .insert(assessments)
        .values({
          id: newId(),
          workloadId: input.workload.id,
          workloadName: input.workload.name ?? null,
          team: input.workload.team ?? null,
          note: input.note ?? null,
          answers: input.answers,
          recommendation,
          recommended: recommendation.recommended,
          score: leader?.score ?? 0,
          rulesetVersion: recommendation.rulesetVersion,
          profileHash: recommendation.profile?.hash ?? null,
          currentPlatform: input.answers.currentPlatform ?? null,
          createdAt,
        })
        .returning(),
    );
    return toAssessment(row!);
  },

  get: async (id: string): Promise<StoredAssessment | undefined> => {
    const [row] = await db.select().from(assessments).where(eq(assessments.id, id)).limit(1);
    return row ? toAssessment(row) : undefined;
  },

  /** Newest first; `next` is the cursor of the following page, null on the last. */
  list: async (query: {
    workload?: string | undefined;
    team?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  }): Promise<{ items: AssessmentSummary[]; next: string | null }> => {
    const filters: SQL[] = [];
    if (query.workload !== undefined) filters.push(eq(assessments.workloadId, query.workload));
    if (query.team !== undefined) filters.push(eq(assessments.team, query.team));
    if (query.cursor !== undefined) filters.push(lt(assessments.seq, decodeCursor(query.cursor)));
    const rows = await db
      .select({
        id: assessments.id,
        seq: assessments.seq,
        workloadId: assessments.workloadId,
        workloadName: assessments.workloadName,
        team: assessments.team,
        createdAt: assessments.createdAt,
        rulesetVersion: assessments.rulesetVersion,
        recommended: assessments.recommended,
        score: assessments.score,
      })
      .from(assessments)
      .where(and(...filters))
      .orderBy(desc(assessments.seq))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((row) => ({
        id: row.id,
        workload: workloadOf(row),
        createdAt: row.createdAt.toISOString(),
        rulesetVersion: row.rulesetVersion,
        recommended: row.recommended as PlatformId,
        score: row.score,
      })),
      next: rows.length > query.limit ? encodeCursor(page.at(-1)!.seq) : null,
    };
  },

  /** Deletes one assessment; false when there was none. */
  remove: async (id: string): Promise<boolean> => {
    const deleted = await write(() =>
      db.delete(assessments).where(eq(assessments.id, id)).returning({ id: assessments.id }),
    );
    return deleted.length > 0;
  },

  /** The latest assessment of each workload (of one team, when given). */
  latestPerWorkload: async (team?: string): Promise<LatestAssessment[]> => {
    const rows = await db
      .selectDistinctOn([assessments.workloadId], {
        workloadId: assessments.workloadId,
        workloadName: assessments.workloadName,
        team: assessments.team,
        recommended: assessments.recommended,
        currentPlatform: assessments.currentPlatform,
        rulesetVersion: assessments.rulesetVersion,
        profileHash: assessments.profileHash,
      })
      .from(assessments)
      .where(team === undefined ? undefined : eq(assessments.team, team))
      .orderBy(assessments.workloadId, desc(assessments.seq));
    return rows.map((row) => ({
      workload: workloadOf(row),
      recommended: row.recommended as PlatformId,
      currentPlatform: row.currentPlatform as CurrentPlatform | null,
      rulesetVersion: row.rulesetVersion,
      profileHash: row.profileHash,
    }));
  },
});

export type AssessmentStore = ReturnType<typeof assessmentStore>;
