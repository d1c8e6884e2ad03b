export { ReportDocument, ReportFormat } from "@platform-advisor/report";
export type { Api } from "./api.ts";
export type { AppDeps, ReadinessCheck, Recommend } from "./app-deps.ts";
export { type App, createApp } from "./create-app.ts";
export { type ApiToken, anonymousAccessRefusal, type Config, ConfigError, ENV_NAMES, loadConfig } from "./env.ts";
export { createLifecycle, type Lifecycle } from "./lifecycle.ts";
export { createLogger, type Logger, type LogRecord, silentLogger } from "./logger.ts";
export type { TrustProxy } from "./middleware/client-address.ts";
export { FieldError, PROBLEM_CONTENT_TYPE, Problem } from "./problem-json.ts";
export {
  BATCH_MAX,
  BatchRequest,
  BatchResponse,
  BatchResult,
  RecommendationRequest,
  ReportRequest,
} from "./request-schemas.ts";
export { type RunningServer, startServer } from "./serve.ts";
export {
  type AssessmentStore,
  assessmentStore,
  InvalidCursorError,
  type LatestAssessment,
  type StoredAssessment,
} from "./storage/assessments.ts";
export {
  MIGRATIONS,
  openStorage,
  POSTGRES_DEFAULTS,
  SQLITE_MIGRATIONS,
  type Storage,
  type StorageTarget,
} from "./storage/database.ts";
export { StoreRefusedError, StoreUnavailableError } from "./storage/errors.ts";
export type { AssessmentRecord } from "./storage/queries.ts";
export { STORE_FILE } from "./storage/sqlite.ts";
