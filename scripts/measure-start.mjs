#!/usr/bin/env node
// Measures what an operator sees at start: the time from spawning a command to the first 200 from
// /api/health, the CPU time used until then (which the machine's load barely moves), and the server's peak
// RSS (VmHWM, Linux) after a few requests.
//   node scripts/measure-start.mjs [--runs N] [--fresh-data] -- COMMAND [ARGS...]
// The command must start the server on the port given in PORT. With --fresh-data each run gets an
// empty DATA_DIR. Prints one JSON line per run.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const dash = args.indexOf("--");
if (dash < 0 || dash === args.length - 1) {
  process.stderr.write("usage: node scripts/measure-start.mjs [--runs N] [--fresh-data] -- COMMAND [ARGS...]\n");
  process.exit(2);
}
const options = args.slice(0, dash);
const command = args.slice(dash + 1);
const runs = Number(options[options.indexOf("--runs") + 1] ?? 1) || 1;
const fresh = options.includes("--fresh-data");

const freePort = () =>
  new Promise((found) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => found(port));
    });
  });

/** CPU time (user + system, ms) the process and its descendants have used: a figure load on the machine barely moves. */
const cpuMs = (pid) => {
  let ticks = 0;
  const visit = (id) => {
    try {
      const fields = readFileSync(`/proc/${id}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
      for (const task of readFileSync(`/proc/${id}/task/${id}/children`, "utf8").split(" ").filter(Boolean)) {
        visit(Number(task));
      }
    } catch {
      // The process ended between the listing and the read.
    }
  };
  visit(pid);
  // Linux reports in clock ticks of 1/100 s (USER_HZ).
  return ticks * 10;
};

/** The peak resident set of the process and its descendants' biggest (npm start runs node under npm). */
const peakKiB = (pid) => {
  let peak = 0;
  const visit = (id) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, "utf8");
      peak = Math.max(peak, Number(status.match(/^VmHWM:\s+(\d+)/m)?.[1] ?? 0));
      for (const task of readFileSync(`/proc/${id}/task/${id}/children`, "utf8").split(" ").filter(Boolean)) {
        visit(Number(task));
      }
    } catch {
      // The process ended between the listing and the read.
    }
  };
  visit(pid);
  return peak;
};

for (let run = 0; run < runs; run++) {
  const dataDir = fresh ? await mkdtemp(join(tmpdir(), "measure-start-")) : undefined;
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...(dataDir ? { DATA_DIR: dataDir } : {}) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  let healthyMs;
  let cpu = 0;
  while (!exited) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) {
      healthyMs = performance.now() - started;
      cpu = cpuMs(child.pid);
      break;
    }
    await new Promise((done) => setTimeout(done, 20));
  }
  if (healthyMs === undefined) {
    process.stderr.write(`run ${run + 1}: the command exited before /api/health answered\n`);
    process.exit(1);
  }
  for (const path of ["/api/ready", "/api/v1/assessments", "/"]) await fetch(`http://127.0.0.1:${port}${path}`);
  const peak = peakKiB(child.pid);
  const ended = once(child, "exit");
  process.kill(-child.pid, "SIGTERM");
  await ended;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  console.log(
    JSON.stringify({ run: run + 1, healthMs: Math.round(healthyMs), cpuMs: cpu, peakRssMB: Math.round(peak / 1024) }),
  );
}
