import { createApp } from "./create-app.ts";
import { ConfigError, loadConfig } from "./env.ts";
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
  const running = await startServer(createApp(config, { logger }), { ...config, logger });
  const stop = async (signal: string) => {
    logger({ level: "info", msg: "signal", signal });
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
