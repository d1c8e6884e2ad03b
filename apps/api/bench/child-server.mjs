// One server under load, in its own process so it has a core to itself while autocannon runs in the parent.
// Plain JavaScript on the production build (dist/, what `npm start` runs): a TypeScript loader runs its hooks
// in a second V8 isolate, which added about 85 MB of RSS (191 MB at start instead of 107 MB) to what was measured.
// Tells the parent its port, and its memory and longest event-loop block when asked.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { serve } from "@hono/node-server";
import { Answers } from "@platform-advisor/model";
import { recommend, recommendSummary } from "@platform-advisor/rules";
import { Hono } from "hono";
import { createApp, loadConfig, startServer } from "../dist/index.js";

const kind = process.argv[2];

/** A hono app on 127.0.0.1 and a free port: the port. */
const listenOn = (app) =>
  new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(server.address().port));
  });

/**
 * The API with its decision replaced by a stand-in that takes no time: it hands out, in turn, recommendations (and
 * compact views) made before the server started for answer sets the parent sends (same size and shape as real
 * ones, not the answers asked about). Everything around the decision is the real API's: validation, the cache,
 * serialisation, compression, headers, the request log. What this server reaches is the most any decision could
 * give the API.
 */
const precomputed = async () => {
  process.send?.({ type: "sets?" });
  const [message] = await new Promise((resolve) => process.once("message", (...args) => resolve(args)));
  const made = [];
  const summaries = [];
  for (const answers of message.sets) {
    made.push(await recommend(answers));
    summaries.push(await recommendSummary(answers));
  }
  let next = 0;
  let nextSummary = 0;
  return {
    recommend: async () => made[next++ % made.length],
    recommendSummary: async () => summaries[nextSummary++ % summaries.length],
  };
};

const listen = async () => {
  if (kind === "hello") return listenOn(new Hono().get("/", (c) => c.text("Hello World!")));
  if (kind === "validate") {
    // What a POST costs when it only parses and validates the body with zod: the reference the issue quotes.
    return listenOn(
      new Hono().post("/", async (c) => {
        const parsed = Answers.safeParse((await c.req.json()).answers);
        return parsed.success ? c.json({ ok: true }) : c.json({ ok: false }, 400);
      }),
    );
  }
  const config = loadConfig({ ...process.env, PORT: "0", HOST: "127.0.0.1" });
  const running = await startServer(createApp(config, kind === "precomputed" ? await precomputed() : {}), {
    ...config,
    logger: () => {},
  });
  return running.address.port;
};

const port = await listen();
process.send?.({ type: "ready", port, memory: process.memoryUsage() });
// The longest the event loop was blocked since the parent last asked (1 ms resolution): what other requests waited.
const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
process.on("message", (message) => {
  if (message.type === "memory") process.send?.({ type: "memory", memory: process.memoryUsage() });
  if (message.type === "delay-reset") {
    delay.reset();
    process.send?.({ type: "delay-reset" });
  }
  if (message.type === "delay") process.send?.({ type: "delay", maxMs: delay.max / 1e6 });
});
process.on("disconnect", () => process.exit(0));
