import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { serve } from "@hono/node-server";
import { Answers } from "@platform-advisor/model";
import { Hono } from "hono";
import { createApp, loadConfig, startServer } from "../src/index.ts";

/**
 * One server under load, in its own process so it has a core to itself while
 * autocannon runs in the parent. Tells the parent its port, and its memory
 * when asked.
 */
const kind = process.argv[2];

const listen = async (): Promise<number> => {
  if (kind === "hello") {
    const app = new Hono().get("/", (c) => c.text("Hello World!"));
    return new Promise((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () =>
        resolve((server.address() as AddressInfo).port),
      );
    });
  }
  if (kind === "validate") {
    // What a POST costs when it only parses and validates the body with zod: the reference the issue quotes.
    const app = new Hono().post("/", async (c) => {
      const parsed = Answers.safeParse((await c.req.json()).answers);
      return parsed.success ? c.json({ ok: true }) : c.json({ ok: false }, 400);
    });
    return new Promise((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () =>
        resolve((server.address() as AddressInfo).port),
      );
    });
  }
  const config = loadConfig({ ...process.env, PORT: "0", HOST: "127.0.0.1" });
  const app = createApp(config);
  const running = await startServer(app, { ...config, logger: () => {} });
  return running.address.port;
};

const port = await listen();
process.send?.({ type: "ready", port, memory: process.memoryUsage() });
// The longest the event loop was blocked since the parent last asked (1 ms resolution): what other requests waited.
const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
process.on("message", (message: { type: string }) => {
  if (message.type === "memory") process.send?.({ type: "memory", memory: process.memoryUsage() });
  if (message.type === "delay-reset") {
    delay.reset();
    process.send?.({ type: "delay-reset" });
  }
  if (message.type === "delay") process.send?.({ type: "delay", maxMs: delay.max / 1e6 });
});
process.on("disconnect", () => process.exit(0));
