import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { recommend } from "@platform-advisor/rules";
import { startPostgres } from "../../../test/api/postgres-server.ts";
import { createApp } from "../src/create-app.ts";
import { loadConfig } from "../src/env.ts";
import { silentLogger } from "../src/logger.ts";
import { assessmentStore } from "../src/storage/assessments.ts";
import { openStorage, POSTGRES_DEFAULTS, type StorageTarget } from "../src/storage/database.ts";
import { answerSets } from "./answer-sets.ts";

/**
 * Saved-assessment timings with 10,000 stored assessments, on the embedded store (SQLite in a
 * folder on disk) and on PostgreSQL (BENCH_DATABASE_URL, or a throwaway server this script starts).
 * Requests go through the whole app in-process (app.request): validation, the decision, the query.
 * 2,000 workloads in 40 teams; each figure is the median and p95 of its runs.
 */

const STORED = Number(process.env.BENCH_STORED ?? 10_000);
const WORKLOADS = 2000;
const TEAMS = 40;
const RUNS = 200;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const time = async (runs: number, once: (i: number) => Response | Promise<Response>) => {
  const took: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await once(i);
    await response.arrayBuffer();
    took.push(performance.now() - started);
    if (response.status >= 300) throw new Error(`unexpected ${response.status}`);
  }
  took.sort((a, b) => a - b);
  return { median: percentile(took, 0.5), p95: percentile(took, 0.95) };
};

const bench = async (label: string, target: StorageTarget) => {
  const storage = await openStorage(target);
  const store = assessmentStore(storage);
  const app = createApp(loadConfig({ WEB_ROOT: "/nonexistent", RATE_LIMIT_MAX: "0" }), {
    logger: silentLogger,
    store,
  });
  const answers = answerSets(200);
  const pairs = await Promise.all(answers.map(async (set) => ({ answers: set, recommendation: await recommend(set) })));
  const seeded = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < STORED; i++) {
    const pair = pairs[i % pairs.length];
    if (!pair) throw new Error("no answer sets to seed with");
    const workload = { id: `workload-${i % WORKLOADS}`, team: `team-${i % TEAMS}` };
    const saved = await store.save({ workload, answers: pair.answers }, pair.recommendation, new Date());
    ids.push(saved.id);
  }
  const seedSeconds = (performance.now() - seeded) / 1000;
  const post = (i: number) =>
    app.request("/api/v1/assessments", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        workload: { id: `bench-${i % 50}`, team: "bench" },
        answers: answers[i % answers.length],
      }),
    });
  const results = {
    "save (POST)": await time(RUNS, post),
    "get (GET /{id}, re-evaluated)": await time(RUNS, (i) =>
      app.request(`/api/v1/assessments/${ids[(i * 7919) % ids.length]}`),
    ),
    "list, newest 20": await time(RUNS, () => app.request("/api/v1/assessments")),
    "list, one team, 20": await time(RUNS, (i) => app.request(`/api/v1/assessments?team=team-${i % TEAMS}`)),
    "list, one workload": await time(RUNS, (i) =>
      app.request(`/api/v1/assessments?workload=workload-${i % WORKLOADS}`),
    ),
    "list, page 5 by cursor": await time(40, async () => {
      let response = await app.request("/api/v1/assessments?limit=100");
      for (let page = 1; page < 5; page++) {
        const { next } = (await response.json()) as { next: string };
        response = await app.request(`/api/v1/assessments?limit=100&cursor=${next}`);
      }
      return response;
    }),
    "portfolio, all 2,000 workloads": await time(20, () => app.request("/api/v1/portfolio")),
    "portfolio, one team": await time(RUNS, (i) => app.request(`/api/v1/portfolio?team=team-${i % TEAMS}`)),
  };
  await storage.close();
  return { label, seedSeconds, results };
};

const main = async () => {
  const folder = mkdtempSync(join(tmpdir(), "platform-advisor-bench-"));
  const runs = [await bench("embedded (SQLite, on disk)", { dataDir: join(folder, "data") })];
  rmSync(folder, { recursive: true, force: true });
  const external = process.env.BENCH_DATABASE_URL;
  const server = external ? undefined : await startPostgres({ fsync: true });
  const databaseUrl = external ?? server?.url;
  if (!databaseUrl) throw new Error("no PostgreSQL server to measure");
  try {
    runs.push(await bench("PostgreSQL 15 (local, fsync on)", { databaseUrl, ...POSTGRES_DEFAULTS }));
  } finally {
    server?.stop();
  }
  console.log(
    `\n${STORED.toLocaleString("en-US")} stored assessments, ${WORKLOADS} workloads, ${TEAMS} teams; ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}, load ${loadavg()[0]?.toFixed(1)}\n`,
  );
  console.log(`| operation | ${runs.map((r) => `${r.label} median / p95`).join(" | ")} |`);
  console.log(`| --- | ${runs.map(() => "---:").join(" | ")} |`);
  for (const name of Object.keys(runs[0]?.results ?? {})) {
    const cells = runs.map((run) => {
      const { median, p95 } = run.results[name as keyof typeof run.results];
      return `${median.toFixed(1)} / ${p95.toFixed(1)} ms`;
    });
    console.log(`| ${name} | ${cells.join(" | ")} |`);
  }
  console.log(
    `| seeding ${STORED.toLocaleString("en-US")} (one save at a time) | ${runs.map((r) => `${r.seedSeconds.toFixed(1)} s`).join(" | ")} |`,
  );
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
