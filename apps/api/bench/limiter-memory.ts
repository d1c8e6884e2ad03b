import { Hono } from "hono";
import { rateLimit } from "../src/middleware/rate-limit.ts";

/**
 * Heap the rate limiter keeps after 100,000 distinct clients in one window,
 * unbounded and bounded. Run with: node --expose-gc --conditions=source --import tsx bench/limiter-memory.ts
 */
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

for (const maxClients of [Number.MAX_SAFE_INTEGER, 100_000, 10_000]) {
  const limiter = rateLimit({ max: 100, windowMs: 3_600_000, maxClients, key: (c) => c.req.header("x-client") ?? "" });
  const app = new Hono().use(limiter).get("/", (c) => c.text("ok"));
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 100_000; i++) await app.request("/", { headers: { "x-client": `2001:db8::${i.toString(16)}` } });
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  const bound = maxClients === Number.MAX_SAFE_INTEGER ? "unbounded" : `maxClients ${maxClients}`;
  console.log(`${bound}: ${limiter.clients()} entries, heap +${grown.toFixed(1)} MiB`);
}
