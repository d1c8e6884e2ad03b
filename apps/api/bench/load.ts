import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { answerSets } from "./answer-sets.ts";

/**
 * Load benchmark: autocannon against a hono hello-world server and against
 * POST /api/v1/recommendations with 500 different answer sets, same machine,
 * same run, 50 connections. Every server runs in its own process on 127.0.0.1
 * and is stopped at the end; every run is bounded in time.
 *
 * BENCH_SECONDS (default 60) is the length of the main run; the others take a third of it.
 * Hello-world runs before and after the rest; ratios are to the mean of the two.
 */

const CONNECTIONS = 50;
const MAIN_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SIDE_SECONDS = Math.max(5, Math.round(MAIN_SECONDS / 3));
const WARMUP_SECONDS = 3;
const ANSWER_SETS = 500;

type Memory = NodeJS.MemoryUsage;
type Server = { child: ChildProcess; url: string; startMemory: Memory };

const children: ChildProcess[] = [];
const stopAll = () => {
  for (const child of children) if (child.connected) child.disconnect();
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", () => {
  stopAll();
  process.exit(130);
});

const start = async (kind: string, env: Record<string, string> = {}): Promise<Server> => {
  const child = fork(fileURLToPath(new URL("./child-server.ts", import.meta.url)), [kind], {
    execArgv: ["--conditions=source", "--import", "tsx"],
    env: { ...process.env, ...env },
    // The API writes its request log to stdout, as in production; here it goes to /dev/null.
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  children.push(child);
  const [message] = (await once(child, "message")) as [{ port: number; memory: Memory }];
  return { child, url: `http://127.0.0.1:${message.port}`, startMemory: message.memory };
};

const memoryOf = async (server: Server): Promise<Memory> => {
  server.child.send({ type: "memory" });
  const [message] = (await once(server.child, "message")) as [{ memory: Memory }];
  return message.memory;
};

const bodies = answerSets(ANSWER_SETS).map((answers) => JSON.stringify({ answers }));

const run = (url: string, seconds: number, post: boolean, headers: Record<string, string>) =>
  autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
    // One prebuilt request per answer set, cycled through by every connection: building a request per
    // call (setupRequest) costs autocannon so much that it, not the server, would set the pace.
    ...(post
      ? {
          requests: bodies.map((body) => ({
            method: "POST",
            headers: { "content-type": "application/json", ...headers },
            body,
          })),
        }
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
  post: boolean,
  headers: Record<string, string> = {},
): Promise<Figures> => {
  await run(`${server.url}${path}`, WARMUP_SECONDS, post, headers);
  const result = await run(`${server.url}${path}`, seconds, post, headers);
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

const main = async () => {
  console.log(
    `autocannon, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up then ${SIDE_SECONDS} s per run (${MAIN_SECONDS} s for the main run), ${ANSWER_SETS} answer sets, Node ${process.version}, load average ${loadavg()[0]?.toFixed(2)}\n`,
  );
  const hello = await start("hello");
  const validate = await start("validate");
  const uncached = await start("api", { RATE_LIMIT_MAX: "0", RECOMMENDATION_CACHE_SIZE: "0" });
  // The API as configured by default (cache on), rate limit lifted so load is not refused.
  const api = await start("api", { RATE_LIMIT_MAX: "0" });
  const path = "/api/v1/recommendations";

  // Hello-world runs first and last: on a shared machine their mean is a fairer yardstick than either.
  const helloBefore = await measure("hono hello-world (GET /), before", hello, "/", SIDE_SECONDS, false);
  const validateFigures = await measure("POST that only validates with zod", validate, "/", SIDE_SECONDS, true);
  const uncachedFigures = await measure(`POST ${path}, cache off`, uncached, path, SIDE_SECONDS, true);
  const plainFigures = await measure(`POST ${path}, no Accept-Encoding`, api, path, SIDE_SECONDS, true);
  // The main run: a client that accepts gzip, as browsers and fetch do.
  const apiFigures = await measure(`POST ${path}, Accept-Encoding: gzip (main run)`, api, path, MAIN_SECONDS, true, {
    "accept-encoding": "gzip, deflate, br",
  });
  apiFigures.startMemory = api.startMemory;
  apiFigures.endMemory = await memoryOf(api);
  const helloAfter = await measure("hono hello-world (GET /), after", hello, "/", SIDE_SECONDS, false);
  stopAll();

  const helloMean = (helloBefore.requestsPerSecond + helloAfter.requestsPerSecond) / 2;
  const all = [helloBefore, validateFigures, uncachedFigures, plainFigures, apiFigures, helloAfter];
  console.log("| run | req/s | ratio to hello-world (mean) | p50 ms | p99 ms | errors | non-2xx | timeouts |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const f of all) {
    console.log(
      `| ${f.name} | ${Math.round(f.requestsPerSecond)} | ${(f.requestsPerSecond / helloMean).toFixed(3)} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.non2xx} | ${f.timeouts} |`,
    );
  }
  const { startMemory, endMemory } = { startMemory: api.startMemory, endMemory: apiFigures.endMemory };
  const loadSeconds = 2 * SIDE_SECONDS + MAIN_SECONDS + 2 * WARMUP_SECONDS;
  console.log(
    `\nAPI memory: at start rss ${mb(startMemory.rss)}, heap used ${mb(startMemory.heapUsed)}; after ${loadSeconds} s of load (the last ${MAIN_SECONDS} s in one run) rss ${mb(endMemory.rss)}, heap used ${mb(endMemory.heapUsed)}`,
  );

  const ratio = apiFigures.requestsPerSecond / helloMean;
  const failures = apiFigures.errors + apiFigures.non2xx + apiFigures.timeouts;
  const floor = ratio >= 0.1 && apiFigures.p99 < 50 && failures === 0;
  const target = ratio >= 0.3 && apiFigures.p99 < 10 && failures === 0;
  console.log(
    `\nratio ${ratio.toFixed(3)}, p99 ${apiFigures.p99} ms, ${failures} errors: floor (0.10, p99 < 50 ms, 0 errors) ${floor ? "met" : "MISSED"}; target (0.30, p99 < 10 ms) ${target ? "met" : "missed"}; load average ${loadavg()[0]?.toFixed(2)}`,
  );
  if (!floor) process.exitCode = 1;
};

main().catch((error: unknown) => {
  stopAll();
  console.error(error);
  process.exit(1);
});
