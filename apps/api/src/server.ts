import { createApp } from "./create-app.ts";
import { ConfigError, loadConfig } from "./env.ts";
import { createLifecycle } from "./lifecycle.ts";
import { createLogger } from "./logger.ts";
import { startServer } from "./serve.ts";

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
  const logger = createLogger(config.logLevel);
  const lifecycle = createLifecycle();
  const running = await startServer(createApp(config, { logger, lifecycle }), { ...config, logger });
  const stop = async (signal: string) => {
    logger({ level: "info", msg: "signal", signal });
    // Fail readiness first and keep serving for a while, so load balancers stop sending before the port closes.
    lifecycle.drain();
    if (config.shutdownDrainMs > 0) await new Promise((done) => setTimeout(done, config.shutdownDrainMs));
    await running.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
};

main().catch((error: unknown) => {
  process.stderr.write(`The server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
