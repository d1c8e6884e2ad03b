import { randomBytes } from "node:crypto";
import type {
  Answers,
  AnyPlatformId,
  Assessment,
  AssessmentSummary,
  CurrentPlatform,
  Recommendation,
  WorkloadRef,
} from "@platform-advisor/model";
import type { Storage } from "./database.ts";
import type { AssessmentRecord } from "./queries.ts";

export type { AssessmentSummary, WorkloadRef };

/** An assessment as stored: what was asked, what was answered, under which ruleset and profile, and by whom. */
export type StoredAssessment = Assessment;

/** The latest assessment of one workload, as the portfolio reads it. */
export type LatestAssessment = {
  workload: WorkloadRef;
  recommended: AnyPlatformId;
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

const workloadOf = (row: Pick<AssessmentRecord, "workloadId" | "workloadName" | "team">): WorkloadRef => ({
  id: row.workloadId,
  ...(row.workloadName !== null ? { name: row.workloadName } : {}),
  ...(row.team !== null ? { team: row.team } : {}),
});

const authorOf = (row: Pick<AssessmentRecord, "createdBy">) =>
  row.createdBy !== null ? { createdBy: row.createdBy } : {};

const toAssessment = (row: AssessmentRecord): StoredAssessment => ({
  id: row.id,
  workload: workloadOf(row),
  answers: row.answers,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
  rulesetVersion: row.rulesetVersion,
  profile: row.recommendation.profile ?? null,
  recommendation: row.recommendation,
  ...authorOf(row),
});

/**
 * The queries on saved assessments; routes call these and nothing else touches the tables. Each rejects with
 * StoreUnavailableError while the store does not answer.
 */
export const assessmentStore = ({ queries }: Pick<Storage, "queries">) => ({
  /** Stores one assessment; resolves once the database has committed it (to disk, on the embedded store). */
  save: async (
    input: { workload: WorkloadRef; answers: Answers; note?: string | undefined; createdBy?: string | undefined },
    recommendation: Recommendation,
    createdAt: Date,
  ): Promise<StoredAssessment> => {
    const leader = recommendation.ranking[0];
    const row = await queries.insert({
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
      createdBy: input.createdBy ?? null,
      createdAt,
    });
    return toAssessment(row);
  },

  get: async (id: string): Promise<StoredAssessment | undefined> => {
    const row = await queries.byId(id);
    return row ? toAssessment(row) : undefined;
  },

  /**
   * Newest first; `next` is the cursor of the following page, null on the last. `teams`, when given, keeps
   * only assessments whose workload's team is one of them (none when it is empty).
   */
  list: async (query: {
    workload?: string | undefined;
    team?: string | undefined;
    teams?: readonly string[] | undefined;
    limit: number;
    cursor?: string | undefined;
  }): Promise<{ items: AssessmentSummary[]; next: string | null }> => {
    const before = query.cursor !== undefined ? decodeCursor(query.cursor) : undefined;
    const rows = await queries.page({ ...query, before, limit: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    // One row more than the limit means there is a next page, which starts after this page's last row.
    const last = rows.length > query.limit ? page.at(-1) : undefined;
    return {
      items: page.map((row) => ({
        id: row.id,
        workload: workloadOf(row),
        createdAt: row.createdAt.toISOString(),
        rulesetVersion: row.rulesetVersion,
        recommended: row.recommended as AnyPlatformId,
        score: row.score,
        ...authorOf(row),
      })),
      next: last ? encodeCursor(last.seq) : null,
    };
  },

  /** Deletes one assessment; false when there was none. */
  remove: (id: string): Promise<boolean> => queries.remove(id),

  /**
   * The latest assessment of each workload: of one team when `team` is given, of those in `teams` when that is
   * given (none when it is empty).
   */
  latestPerWorkload: async (
    team?: string | undefined,
    options: { teams?: readonly string[] | undefined } = {},
  ): Promise<LatestAssessment[]> => {
    const rows = await queries.latest({ team, teams: options.teams });
    return rows.map((row) => ({
      workload: workloadOf(row),
      recommended: row.recommended as AnyPlatformId,
      currentPlatform: row.currentPlatform as CurrentPlatform | null,
      rulesetVersion: row.rulesetVersion,
      profileHash: row.profileHash,
    }));
  },

  /** Resolves while the store answers a trivial query; for the readiness probe. */
  ping: (): Promise<void> => queries.ping(),
});

export type AssessmentStore = ReturnType<typeof assessmentStore>;
