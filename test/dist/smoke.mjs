#!/usr/bin/env node
// Smoke test of a built, production-only tree: starts its server with the Node
// that runs this script, asks it for health, readiness, a recommendation, a PDF
// report, the web app and metrics, stops it with SIGTERM, then runs the
// platform-advisor command. Plain JavaScript, so any Node runs it:
//   node test/dist/smoke.mjs TREE        (.ci/run does so on Node 22 and 26)
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";

const tree = resolve(process.argv[2] ?? ".");
const ANSWERS = { teamSize: 4, containerCount: 30, hostCount: 3, currentPlatform: "kubernetes" };
let passed = 0;

const check = (name, ok, detail = "") => {
  if (!ok) {
    console.error(`FAIL ${name}${detail ? `: ${detail}` : ""}`);
    process.exit(1);
  }
  passed++;
  console.log(`ok   ${name}`);
};

// A first start: the embedded store is created in an empty folder.
const dataDir = mkdtempSync(join(tmpdir(), "platform-advisor-smoke-"));
process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));

const startServer = async () => {
  const child = spawn(process.execPath, [join(tree, "apps/api/dist/server.js")], {
    cwd: tree,
    env: { PATH: process.env.PATH, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let buffered = "";
  const url = await new Promise((found, failed) => {
    const timer = setTimeout(() => failed(new Error("the server did not start in 30 s")), 30_000);
    child.on("exit", (code) => failed(new Error(`the server exited with ${code}`)));
    child.stdout.on("data", (chunk) => {
      buffered += chunk.toString();
      const line = buffered.split("\n").find((text) => text.includes('"msg":"listening"'));
      if (line) {
        clearTimeout(timer);
        found(JSON.parse(line).url);
      }
    });
  });
  child.stdout.resume();
  return { child, url };
};

const post = (url, body) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const { child, url } = await startServer();
let recommended;
try {
  const health = await fetch(`${url}/api/health`);
  check("GET /api/health 200", health.status === 200 && (await health.json()).status === "ok");
  check("GET /api/ready 200", (await fetch(`${url}/api/ready`)).status === 200);
  const answered = await post(`${url}/api/v1/recommendations`, { answers: ANSWERS });
  const recommendation = await answered.json();
  check(
    "POST /api/v1/recommendations 200",
    answered.status === 200 && recommendation.ranking[0].platform === recommendation.recommended,
    `status ${answered.status}`,
  );
  recommended = recommendation.recommended;
  const pdf = await post(`${url}/api/v1/reports?format=pdf`, { answers: ANSWERS });
  const bytes = Buffer.from(await pdf.arrayBuffer());
  check(
    "POST /api/v1/reports?format=pdf 200, a PDF",
    pdf.status === 200 && pdf.headers.get("content-type") === "application/pdf" && bytes.subarray(0, 5).toString() === "%PDF-",
    `status ${pdf.status}, ${bytes.length} bytes`,
  );
  const page = await fetch(`${url}/`);
  check("GET / serves the built web app", page.status === 200 && (await page.text()).includes('<div id="root">'));
  const metrics = await (await fetch(`${url}/metrics`)).text();
  check("GET /metrics", metrics.includes("platform_advisor_ruleset_info{version="));
  // Issue 17's goal, and what deploy/kubernetes' memory limit is set from: a first start on an empty folder and
  // the requests above stay under 300 MB (VmHWM: the process's peak resident set, Linux only).
  const peakMB = Number(readFileSync(`/proc/${child.pid}/status`, "utf8").match(/^VmHWM:\s+(\d+)/m)?.[1]) / 1024;
  check(`peak RSS ${Math.round(peakMB)} MB, under 300 MB`, peakMB > 0 && peakMB < 300);
} finally {
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const [code] = await exited;
  check("SIGTERM stops the server with exit 0", code === 0, `exit ${code}`);
}

// The installed bin link, found the way a shell finds it, run by this Node.
const cli = (args, input = "") =>
  spawnSync(join(tree, "node_modules/.bin/platform-advisor"), args, {
    cwd: tree,
    input,
    env: { PATH: [dirname(process.execPath), process.env.PATH].join(delimiter) },
    encoding: "utf8",
  });
const version = cli(["--version"]);
check("platform-advisor --version", version.status === 0 && /^\d+\.\d+\.\d+ \(ruleset /.test(version.stdout));
const json = cli(["recommend", "--answers", "-", "--format", "json"], JSON.stringify(ANSWERS));
check(
  "platform-advisor recommend --format json",
  json.status === 0 && JSON.parse(json.stdout).recommendation.recommended === recommended,
  json.stderr,
);
const sarif = cli(["recommend", "--answers", "-", "--format", "sarif"], JSON.stringify(ANSWERS));
check("platform-advisor recommend --format sarif", sarif.status === 0 && JSON.parse(sarif.stdout).version === "2.1.0");
const gate = cli(["recommend", "--answers", "-", "--fail-on", "drift"], JSON.stringify(ANSWERS));
check("platform-advisor --fail-on drift exits 1 on drift", gate.status === 1, `exit ${gate.status}`);
const invalid = cli(["recommend", "--answers", "-"], '{"teamSize": 0}');
check("platform-advisor exits 2 on invalid answers", invalid.status === 2 && invalid.stderr.includes("answers.teamSize"));

console.log(`smoke: ${passed} checks passed on Node ${process.version}`);
