import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { answerSets } from "./answer-sets.ts";

/**
 * Load benchmark: autocannon against a hono hello-world server and against
 * POST /api/v1/recommendations, same machine, same run, 50 connections. Two
 * working sets: 500 answer sets (the recommendation cache serves most) and
 * 100,000 distinct ones (each connection has its own 2,000, so the decision is
 * paid: no set comes back before 100,000 others have pushed it out of the
 * cache). The distinct sets go once more to an API whose decision is a stand-in
 * that takes no time (child-server.mjs "precomputed"): the most any decision
 * could reach. The compact view (`?view=summary`, issue 19) gets the same two runs, each on a server of its own
 * started just before. Then a 1,000-item batch in each view, timed, with the longest event-loop block in
 * the server and the slowest health check sent meanwhile, and the same batches to the stand-in decision's
 * servers before they stop (the batch's ceilings). Every server runs in
 * its own process on 127.0.0.1 and is stopped at the end; every run is bounded
 * in time.
 *
 * BENCH_SECONDS (default 60) is the length of each main run (the 500 sets, and
 * each of two minutes of distinct sets); the others take a third of it.
 * Hello-world runs before and after the rest; ratios are to the mean of the two.
 */

const CONNECTIONS = 50;
const MAIN_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SIDE_SECONDS = Math.max(5, Math.round(MAIN_SECONDS / 3));
const WARMUP_SECONDS = 3;
const ANSWER_SETS = 500;
const DISTINCT_SETS = 100_000;
const BATCH_ITEMS = 1000;
const BATCH_ROUNDS = 3;

type Memory = NodeJS.MemoryUsage;
type Server = { child: ChildProcess; url: string; startMemory: Memory };

const children: ChildProcess[] = [];
/** Stops one child: it exits on disconnect, and SIGTERM makes sure. */
const end = (child: ChildProcess) => {
  if (child.connected) child.disconnect();
  child.kill("SIGTERM");
};
const stopAll = () => {
  for (const child of children) end(child);
};
process.on("SIGINT", () => {
  stopAll();
  process.exit(130);
});

/**
 * Each server is stopped once its runs are done: a server that has just gone idle collects its garbage and hands
 * memory back, and on two cores that took the next server's CPU (the batch's event-loop blocks were 70 to 90 ms
 * with the distinct-set server idling beside it, 30 to 45 ms without).
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));
const stop = (server: Server) => end(server.child);

const start = async (kind: string, env: Record<string, string> = {}): Promise<Server> => {
  // The production build, as `npm start` runs it (the bench script builds it first); see child-server.mjs.
  const child = fork(fileURLToPath(new URL("./child-server.mjs", import.meta.url)), [kind], {
    execArgv: [],
    env: { ...process.env, ...env },
    // The API writes its request log to stdout, as in production; here it goes to /dev/null.
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  children.push(child);
  let [message] = (await once(child, "message")) as [{ type: string; port: number; memory: Memory }];
  if (message.type === "sets?") {
    child.send({ sets: answerSets(ANSWER_SETS) });
    [message] = (await once(child, "message")) as [{ type: string; port: number; memory: Memory }];
  }
  return { child, url: `http://127.0.0.1:${message.port}`, startMemory: message.memory };
};

const memoryOf = async (server: Server): Promise<Memory> => {
  server.child.send({ type: "memory" });
  const [message] = (await once(server.child, "message")) as [{ memory: Memory }];
  return message.memory;
};

const bodies = answerSets(ANSWER_SETS).map((answers) => JSON.stringify({ answers }));
const distinctBodies = answerSets(DISTINCT_SETS, 7).map((answers) => JSON.stringify({ answers }));

type Sets = "none" | "shared" | "distinct";

const requestsOf = (list: string[], headers: Record<string, string>) =>
  list.map((body) => ({ method: "POST", headers: { "content-type": "application/json", ...headers }, body }));

/** Each connection gets its own slice of the distinct sets, so no two connections send the same set. */
const perConnection = (headers: Record<string, string>) => {
  let next = 0;
  const size = Math.floor(distinctBodies.length / CONNECTIONS);
  return (client: autocannon.Client) => {
    const k = next++ % CONNECTIONS;
    client.setRequests(requestsOf(distinctBodies.slice(k * size, (k + 1) * size), headers));
  };
};

const run = (url: string, seconds: number, sets: Sets, headers: Record<string, string>) =>
  autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
    // One prebuilt request per answer set, cycled through by every connection: building a request per
    // call (setupRequest) costs autocannon so much that it, not the server, would set the pace.
    ...(sets === "shared" ? { requests: requestsOf(bodies, headers) } : {}),
    ...(sets === "distinct"
      ? { requests: requestsOf(distinctBodies.slice(0, 1), headers), setupClient: perConnection(headers) }
      : {}),
  });

type Figures = {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  startMemory?: Memory;
  endMemory?: Memory;
};

const measure = async (
  name: string,
  server: Server,
  path: string,
  seconds: number,
  sets: Sets,
  headers: Record<string, string> = {},
  warmUp = true,
): Promise<Figures> => {
  if (warmUp) await run(`${server.url}${path}`, WARMUP_SECONDS, sets, headers);
  const result = await run(`${server.url}${path}`, seconds, sets, headers);
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const ask = async <T>(server: Server, type: string): Promise<T> => {
  server.child.send({ type });
  const [message] = (await once(server.child, "message")) as [T];
  return message;
};

type View = "full" | "summary";
type BatchFigures = {
  name: string;
  itemsPerSecond: number[];
  blockMs: number[];
  slowestHealthMs: number[];
  succeeded: number;
};

/**
 * POSTs a 1,000-item batch of answer sets no request has used, BATCH_ROUNDS times, from a small client process
 * (batch-client.ts) while a health check goes out every 5 ms: items per second, the longest event-loop block in
 * the server, and the slowest health check.
 */
const measureBatch = async (name: string, server: Server, view: View): Promise<BatchFigures> => {
  const figures: BatchFigures = { name, itemsPerSecond: [], blockMs: [], slowestHealthMs: [], succeeded: 0 };
  const client = fork(fileURLToPath(new URL("./batch-client.ts", import.meta.url)), [], {
    execArgv: ["--conditions=source", "--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  children.push(client);
  await once(client, "message");
  for (let round = 0; round < BATCH_ROUNDS; round++) {
    await ask(server, "delay-reset");
    client.send({ url: server.url, items: BATCH_ITEMS, seed: 1000 + round, view });
    const [result] = (await once(client, "message")) as [
      { itemsPerSecond: number; slowestHealthMs: number; succeeded: number },
    ];
    figures.itemsPerSecond.push(result.itemsPerSecond);
    figures.blockMs.push((await ask<{ maxMs: number }>(server, "delay")).maxMs);
    figures.slowestHealthMs.push(result.slowestHealthMs);
    figures.succeeded = result.succeeded;
  }
  end(client);
  return figures;
};

const main = async () => {
  console.log(
    `autocannon, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up then ${SIDE_SECONDS} s per run (${MAIN_SECONDS} s for each main run), ${ANSWER_SETS} and ${DISTINCT_SETS.toLocaleString("en-US")} answer sets, Node ${process.version}, load average ${loadavg()[0]?.toFixed(2)}\n`,
  );
  const hello = await start("hello");
  const validate = await start("validate");
  // The API as configured by default (recommendation cache on), rate limit lifted so load is not refused.
  const api = await start("api", { RATE_LIMIT_MAX: "0" });
  const distinct = await start("api", { RATE_LIMIT_MAX: "0" });
  const batchServer = await start("api", { RATE_LIMIT_MAX: "0" });
  const ceiling = await start("precomputed", { RATE_LIMIT_MAX: "0" });
  const path = "/api/v1/recommendations";
  const compressed = { "accept-encoding": "gzip, deflate, br" };

  // Hello-world runs first and last: on a shared machine their mean is a fairer yardstick than either.
  const helloBefore = await measure("hono hello-world (GET /), before", hello, "/", SIDE_SECONDS, "none");
  const validateFigures = await measure("POST that only validates with zod", validate, "/", SIDE_SECONDS, "shared");
  stop(validate);
  const plainFigures = await measure(`POST ${path}, 500 sets, no Accept-Encoding`, api, path, SIDE_SECONDS, "shared");
  // A client that accepts compression as browsers and fetch do (gzip, deflate, br): the API answers in brotli.
  const apiFigures = await measure(
    `POST ${path}, 500 sets, compressed (main run)`,
    api,
    path,
    MAIN_SECONDS,
    "shared",
    compressed,
  );
  const sharedMemory = await memoryOf(api);
  stop(api);
  await settle();
  const distinctFigures = await measure(
    `POST ${path}, 100,000 distinct sets, compressed (main run, minute 1)`,
    distinct,
    path,
    MAIN_SECONDS,
    "distinct",
    compressed,
  );
  const distinctMemory1 = await memoryOf(distinct);
  const distinctFigures2 = await measure(
    `POST ${path}, 100,000 distinct sets, compressed (minute 2)`,
    distinct,
    path,
    MAIN_SECONDS,
    "distinct",
    compressed,
    false,
  );
  const distinctMemory2 = await memoryOf(distinct);
  stop(distinct);
  await settle();
  // The same requests to the API with a decision that takes no time: what everything around the decision allows.
  const ceilingFigures = await measure(
    `POST ${path}, 100,000 distinct sets, compressed, decision precomputed (the ceiling)`,
    ceiling,
    path,
    SIDE_SECONDS,
    "distinct",
    compressed,
  );
  const batchCeiling = await measureBatch("full view, decision precomputed (the ceiling)", ceiling, "full");
  stop(ceiling);
  await settle();
  // The compact view: the same distinct sets, then the same stand-in decision, each on a fresh server.
  const summaryPath = `${path}?view=summary`;
  const summaryServer = await start("api", { RATE_LIMIT_MAX: "0" });
  const summaryFigures = await measure(
    `POST ${summaryPath}, 100,000 distinct sets, compressed (main run)`,
    summaryServer,
    summaryPath,
    MAIN_SECONDS,
    "distinct",
    compressed,
  );
  stop(summaryServer);
  await settle();
  const summaryCeiling = await start("precomputed", { RATE_LIMIT_MAX: "0" });
  const summaryCeilingFigures = await measure(
    `POST ${summaryPath}, 100,000 distinct sets, compressed, decision precomputed (the ceiling)`,
    summaryCeiling,
    summaryPath,
    SIDE_SECONDS,
    "distinct",
    compressed,
  );
  const batchSummaryCeiling = await measureBatch(
    "summary view, decision precomputed (the ceiling)",
    summaryCeiling,
    "summary",
  );
  stop(summaryCeiling);
  await settle();
  const batchFigures = await measureBatch("full view", batchServer, "full");
  const batchSummary = await measureBatch("summary view", batchServer, "summary");
  const helloAfter = await measure("hono hello-world (GET /), after", hello, "/", SIDE_SECONDS, "none");
  stopAll();

  const helloMean = (helloBefore.requestsPerSecond + helloAfter.requestsPerSecond) / 2;
  const all = [
    helloBefore,
    validateFigures,
    plainFigures,
    apiFigures,
    distinctFigures,
    distinctFigures2,
    ceilingFigures,
    summaryFigures,
    summaryCeilingFigures,
    helloAfter,
  ];
  console.log("| run | req/s | ratio to hello-world (mean) | p50 ms | p99 ms | errors | non-2xx | timeouts |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const f of all) {
    console.log(
      `| ${f.name} | ${Math.round(f.requestsPerSecond)} | ${(f.requestsPerSecond / helloMean).toFixed(3)} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.non2xx} | ${f.timeouts} |`,
    );
  }
  const memory = (m: Memory) => `rss ${mb(m.rss)} (heap used ${mb(m.heapUsed)})`;
  console.log(
    `\nAPI memory, 500 sets: at start ${memory(api.startMemory)}; after ${2 * WARMUP_SECONDS + SIDE_SECONDS + MAIN_SECONDS} s of load ${memory(sharedMemory)}`,
  );
  console.log(
    `API memory, distinct sets: at start ${memory(distinct.startMemory)}; after ${WARMUP_SECONDS + MAIN_SECONDS} s ${memory(distinctMemory1)}; after ${WARMUP_SECONDS + 2 * MAIN_SECONDS} s ${memory(distinctMemory2)}`,
  );
  const list = (values: number[], digits = 0) => values.map((v) => v.toFixed(digits)).join(" / ");
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  console.log(`\nBatch of ${BATCH_ITEMS.toLocaleString("en-US")} distinct items, ${BATCH_ROUNDS} rounds each:`);
  for (const f of [batchFigures, batchCeiling, batchSummary, batchSummaryCeiling]) {
    console.log(
      `  ${f.name}: ${list(f.itemsPerSecond)} items/s (mean ${(mean(f.itemsPerSecond) / helloMean).toFixed(3)} of hello-world's req/s); longest event-loop block ${list(f.blockMs, 1)} ms; slowest health check meanwhile ${list(f.slowestHealthMs, 1)} ms; ${f.succeeded} of ${BATCH_ITEMS} answered`,
    );
  }

  const failuresOf = (f: Figures) => f.errors + f.non2xx + f.timeouts;
  const sharedRatio = apiFigures.requestsPerSecond / helloMean;
  const distinctRatio = distinctFigures.requestsPerSecond / helloMean;
  const summaryRatio = summaryFigures.requestsPerSecond / helloMean;
  const growth = distinctMemory2.rss / distinctMemory1.rss;
  const checks: [string, boolean][] = [
    ["distinct sets >= 0.10 (floor)", distinctRatio >= 0.1 && failuresOf(distinctFigures) === 0],
    ["distinct sets >= 0.15 with p99 <= 15 ms", distinctRatio >= 0.15 && distinctFigures.p99 <= 15],
    [
      "summary view, distinct sets >= 0.15 with p99 <= 15 ms",
      summaryRatio >= 0.15 && summaryFigures.p99 <= 15 && failuresOf(summaryFigures) === 0,
    ],
    ["500 sets >= 0.30", sharedRatio >= 0.3 && failuresOf(apiFigures) === 0],
    ["batch blocks the event loop <= 50 ms", Math.max(...batchFigures.blockMs, ...batchSummary.blockMs) <= 50],
    ["RSS after 60 s of distinct sets < 250 MB", distinctMemory1.rss < 250 * 1024 * 1024],
    ["RSS flat over the second minute (< 10% growth)", growth < 1.1],
  ];
  console.log(
    `\nratios: 500 sets ${sharedRatio.toFixed(3)} (p99 ${apiFigures.p99} ms), distinct ${distinctRatio.toFixed(3)} (p99 ${distinctFigures.p99} ms), distinct with the decision precomputed ${(ceilingFigures.requestsPerSecond / helloMean).toFixed(3)} (the ceiling for any decision); summary view: distinct ${summaryRatio.toFixed(3)} (p50 ${summaryFigures.p50} ms, p99 ${summaryFigures.p99} ms), precomputed ${(summaryCeilingFigures.requestsPerSecond / helloMean).toFixed(3)} (p99 ${summaryCeilingFigures.p99} ms); RSS ${((growth - 1) * 100).toFixed(1)}% over the second minute; load average ${loadavg()[0]?.toFixed(2)}`,
  );
  for (const [name, met] of checks) console.log(`  ${met ? "met   " : "MISSED"} ${name}`);
};

main().catch((error: unknown) => {
  stopAll();
  console.error(error);
  process.exit(1);
});
