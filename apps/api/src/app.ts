import { createApp } from "./create-app.ts";
import { loadConfig } from "./env.ts";

/** The app as configured by the environment; importing it with a bad environment throws a ConfigError. */
export const app = createApp(loadConfig());
