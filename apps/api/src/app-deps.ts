import {
  type Answers,
  type OrgProfile,
  type Recommendation,
  type RecommendationSummary,
  summarise,
} from "@platform-advisor/model";
import { recommend, recommendSummary } from "@platform-advisor/rules";
import type { Config } from "./env.ts";
import { createLifecycle, type Lifecycle } from "./lifecycle.ts";
import { createLogger, type Logger } from "./logger.ts";
import type { AssessmentStore } from "./storage/assessments.ts";

export type Recommend = (answers: Answers) => Promise<Recommendation>;
/** The compact view (`view=summary`) of what `Recommend` decides, for the same answers. */
export type RecommendSummary = (answers: Answers) => Promise<RecommendationSummary>;

/** One thing the app needs to serve (a store, ...): `check` rejects while it is unreachable. */
export type ReadinessCheck = { name: string; check: () => Promise<void> };

/** What the app takes from outside besides configuration; tests replace the clock and the logger. */
export type AppDeps = {
  recommend: Recommend;
  /**
   * The compact view, decided without the reasons, what-ifs and growth path it does not show. A stand-in for
   * `recommend` without one of these stands in for both (see `withDeps`).
   */
  recommendSummary: RecommendSummary;
  /** The moment a report is made; the only thing in a report that varies. */
  clock: () => Date;
  logger: Logger;
  /** Checked on every GET /api/ready; all must pass for a 200. */
  readiness: ReadinessCheck[];
  /** The server drains it on SIGTERM; /api/ready reads it. */
  lifecycle: Lifecycle;
  /** Saved assessments; the server opens it at start-up. Without it their routes answer 503. */
  store?: AssessmentStore | undefined;
  /** PUBLIC_URL: the origin (and path) users reach the server at; links in reports start with it. */
  publicUrl?: string | undefined;
};

/** The production dependencies: the decision core, the wall clock, JSON lines on stdout, nothing to wait for. */
export const defaultDeps = (
  config: Pick<Config, "logLevel"> & { profile?: OrgProfile | undefined; publicUrl?: string | undefined },
): AppDeps => ({
  recommend: (answers) => recommend(answers, { profile: config.profile }),
  recommendSummary: (answers) => recommendSummary(answers, { profile: config.profile }),
  clock: () => new Date(),
  logger: createLogger(config.logLevel),
  readiness: [],
  lifecycle: createLifecycle(),
  publicUrl: config.publicUrl,
});

/**
 * The production dependencies with some replaced. A test or benchmark that replaces the decision (`recommend`)
 * and not its compact view gets the compact view of its own decision, so both views keep telling the same story.
 */
export const withDeps = (defaults: AppDeps, overrides: Partial<AppDeps>): AppDeps => {
  const { recommend: standIn, recommendSummary: summaryStandIn } = overrides;
  return {
    ...defaults,
    ...(standIn && !summaryStandIn
      ? { recommendSummary: async (answers: Answers) => summarise(await standIn(answers)) }
      : {}),
    ...overrides,
  };
};
