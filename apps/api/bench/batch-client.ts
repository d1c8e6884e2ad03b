import { answerSets } from "./answer-sets.ts";

/**
 * One round of the batch benchmark, in a process of its own: POSTs a 1,000-item batch of answer sets no request
 * has used, in the view asked for, while a health check goes out every 5 ms, and reports the time and the slowest
 * health check. The load generator holds 100,000 prepared requests; its garbage collector's threads, sharing two
 * cores with the server, showed up as 40 to 60 ms of extra "event-loop block" in the server, so the client is
 * kept small.
 */
type Round = { url: string; items: number; seed: number; view: "full" | "summary" };

process.on("message", async ({ url, items: count, seed, view }: Round) => {
  const items = answerSets(count, seed).map((answers, index) => ({ id: `item-${index}`, answers }));
  const body = JSON.stringify({ items });
  let done = false;
  let slowest = 0;
  const probe = (async () => {
    while (!done) {
      const sent = performance.now();
      await (await fetch(`${url}/api/health`)).arrayBuffer();
      slowest = Math.max(slowest, performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/recommendations/batch?view=${view}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const text = await response.text();
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await probe;
  // Parsed after the probe stops: parsing 19 MB here would delay this process's own health checks.
  const { succeeded } = JSON.parse(text) as { succeeded: number };
  process.send?.({ itemsPerSecond: count / seconds, slowestHealthMs: slowest, succeeded });
});
process.on("disconnect", () => process.exit(0));
process.send?.({ ready: true });
