import type { Answers, Recommendation } from "@platform-advisor/model";
import { recommend } from "@platform-advisor/rules";
import type { Config } from "./env.ts";
import { createLogger, type Logger } from "./logger.ts";

export type Recommend = (answers: Answers) => Promise<Recommendation>;

/** What the app takes from outside besides configuration; tests replace the clock and the logger. */
export type AppDeps = {
  recommend: Recommend;
  /** The moment a report is made; the only thing in a report that varies. */
  clock: () => Date;
  logger: Logger;
};

/** The production dependencies: the decision core, the wall clock, JSON lines on stdout. */
export const defaultDeps = (config: Pick<Config, "logLevel">): AppDeps => ({
  recommend: (answers) => recommend(answers),
  clock: () => new Date(),
  logger: createLogger(config.logLevel),
});
