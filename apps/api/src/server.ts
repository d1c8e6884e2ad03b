import { createApp } from "./create-app.ts";
import { anonymousAccessRefusal, ConfigError, loadConfig } from "./env.ts";
import { createLifecycle } from "./lifecycle.ts";
import { createLogger } from "./logger.ts";
import { startServer } from "./serve.ts";
import { assessmentStore } from "./storage/assessments.ts";
import { openStorage } from "./storage/database.ts";
import { StoreRefusedError } from "./storage/errors.ts";

const refuse = (message: string): never => {
  process.stderr.write(`${message}\nThe server did not start.\n`);
  process.exit(1);
};

/** Starts the API (and the web app, when built) and stops it gracefully on SIGTERM or SIGINT. */
const main = async () => {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return refuse(error.message);
  }
  const refusal = anonymousAccessRefusal(config);
  if (refusal) return refuse(refusal);
  const logger = createLogger(config.logLevel);
  let storage: Awaited<ReturnType<typeof openStorage>>;
  try {
    storage = await openStorage(config.storage, { logger });
  } catch (error) {
    if (!(error instanceof StoreRefusedError)) throw error;
    return refuse(error.message);
  }
  logger({ level: "info", msg: "storage ready", store: storage.kind });
  const store = assessmentStore(storage);
  const lifecycle = createLifecycle();
  // The store must answer for the server to be ready: a load balancer takes it out while the database is away.
  const readiness = [{ name: "store", check: store.ping }];
  const running = await startServer(createApp(config, { logger, lifecycle, store, readiness }), {
    ...config,
    logger,
  });
  const stop = async (signal: string) => {
    logger({ level: "info", msg: "signal", signal });
    // Fail readiness first and keep serving for a while, so load balancers stop sending before the port closes.
    lifecycle.drain();
    if (config.shutdownDrainMs > 0) await new Promise((done) => setTimeout(done, config.shutdownDrainMs));
    // Every request in flight is answered (a save has committed or not started) before the store closes.
    await running.close();
    await storage.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
};

/** An error's message, or what it holds when it is not an Error (never "[object Object]"). */
const describe = (error: unknown) => {
  if (error instanceof Error) return error.message;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`The server could not start: ${describe(error)}\n`);
  process.exit(1);
});
