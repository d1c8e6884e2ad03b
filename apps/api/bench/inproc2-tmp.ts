import { createApp, loadConfig } from "../src/index.ts";
import { answerSets } from "./answer-sets.ts";
const config = loadConfig({ ...process.env, PORT: "0", HOST: "127.0.0.1", RATE_LIMIT_MAX: "0", LOG_LEVEL: process.env.LL ?? "info" });
const app = createApp(config);
const sets = answerSets(9000, 7);
const bodies = sets.map((answers) => JSON.stringify({ answers }));
const run = async (from: number, n: number) => {
  const t = performance.now();
  for (let i = from; i < from + n; i++) {
    const res = await app.request("/api/v1/recommendations", { method: "POST", body: bodies[i]!, headers: { "content-type": "application/json" } });
    await res.arrayBuffer();
  }
  return ((performance.now() - t) / n * 1000).toFixed(1);
};
await run(0, 1500);
console.error("plain µs/request", await run(1500, 6000));
