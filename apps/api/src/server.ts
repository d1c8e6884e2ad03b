import { sql } from "drizzle-orm";
import { createApp } from "./create-app.ts";
import { anonymousAccessRefusal, ConfigError, loadConfig } from "./env.ts";
import { createLifecycle } from "./lifecycle.ts";
import { createLogger } from "./logger.ts";
import { startServer } from "./serve.ts";
import { assessmentStore } from "./storage/assessments.ts";
import { openStorage } from "./storage/database.ts";

/** Starts the API (and the web app, when built) and stops it gracefully on SIGTERM or SIGINT. */
const main = async () => {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nThe server did not start.\n`);
    process.exit(1);
  }
  const refusal = anonymousAccessRefusal(config);
  if (refusal) {
    process.stderr.write(`${refusal}\nThe server did not start.\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  const storage = await openStorage(config.storage);
  logger({ level: "info", msg: "storage ready", store: storage.kind });
  const store = assessmentStore(storage);
  const lifecycle = createLifecycle();
  // The store must answer for the server to be ready: a load balancer takes it out while the database is away.
  const readiness = [{ name: "store", check: async () => void (await storage.db.execute(sql`select 1`)) }];
  const running = await startServer(createApp(config, { logger, lifecycle, store, readiness }), {
    ...config,
    logger,
  });
  const stop = async (signal: string) => {
    logger({ level: "info", msg: "signal", signal });
    // Fail readiness first and keep serving for a while, so load balancers stop sending before the port closes.
    lifecycle.drain();
    if (config.shutdownDrainMs > 0) await new Promise((done) => setTimeout(done, config.shutdownDrainMs));
    await running.close();
    await storage.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
};

main().catch((error: unknown) => {
  process.stderr.write(`The server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
