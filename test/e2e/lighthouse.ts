import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { assessmentStore } from "@platform-advisor/api";
import { freshStorage, stopStores } from "../api/stores.ts";
import { chromiumPath, startHarness } from "./harness.ts";
import { PEOPLE } from "./teams.ts";

/*
 * `npm run bench -w @platform-advisor/web` (lighthouse step): Lighthouse on the
 * result page and the portfolio, mobile and desktop, against the production
 * build served by the real API with one saved assessment. Prints a Markdown
 * table (docs/benchmarks.md keeps a copy) and fails below performance 0.95 or
 * accessibility 1.0.
 */

const run = promisify(execFile);
const LIGHTHOUSE = fileURLToPath(new URL("../../node_modules/.bin/lighthouse", import.meta.url));
const FLOORS = { performance: 0.95, accessibility: 1 };

type Scores = { performance: number; accessibility: number; fcp: number; lcp: number; tbt: number; cls: number };

/** One Lighthouse run; a run whose trace failed (NO_NAVSTART, NO_FCP on a loaded machine) is tried once more. */
const audit = async (url: string, preset: "mobile" | "desktop", out: string): Promise<Scores> => {
  try {
    return await auditOnce(url, preset, out);
  } catch (error) {
    process.stderr.write(
      `Lighthouse failed once on ${url} (${preset}), trying again: ${String(error).slice(0, 200)}\n`,
    );
    return auditOnce(url, preset, out);
  }
};

const auditOnce = async (url: string, preset: "mobile" | "desktop", out: string): Promise<Scores> => {
  const file = join(out, `${preset}-${Buffer.from(url).toString("base64url").slice(-24)}.json`);
  await run(
    LIGHTHOUSE,
    [
      url,
      "--only-categories=performance,accessibility",
      ...(preset === "desktop" ? ["--preset=desktop"] : []),
      "--output=json",
      `--output-path=${file}`,
      "--quiet",
      "--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(await readFile(file, "utf8"));
  if (report.runtimeError || report.categories.performance.score === null) {
    const problems = Object.values(report.audits as Record<string, { errorMessage?: string }>)
      .flatMap((item) => (item.errorMessage ? [item.errorMessage] : []))
      .slice(0, 3);
    throw new Error(
      `Lighthouse could not audit ${url} (${preset}): ${report.runtimeError?.message ?? problems.join("; ")}`,
    );
  }
  const metric = (id: string) => Math.round(report.audits[id]?.numericValue ?? Number.NaN);
  return {
    performance: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    fcp: metric("first-contentful-paint"),
    lcp: metric("largest-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
  };
};

// node:sqlite (the embedded store) needs Node 22.13; on older Nodes the bench uses a local PostgreSQL.
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const storage = await freshStorage(major > 22 || (major === 22 && minor >= 13) ? "embedded" : "postgres");
const harness = await startHarness({ deps: { store: assessmentStore(storage) } });
const out = await mkdtemp(join(tmpdir(), "platform-advisor-lighthouse-"));
let failed = false;
try {
  const saved = await fetch(`${harness.origin}/api/v1/assessments`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      workload: { id: "checkout-api", name: "Checkout API", team: "payments" },
      answers: { ...PEOPLE["gcp-startup"].answers, currentPlatform: "docker-compose" },
    }),
  });
  if (!saved.ok) throw new Error(`Saving the sample assessment failed: ${saved.status} ${await saved.text()}`);
  const pages = {
    "result (7-person GCP startup)": `${harness.origin}/?view=result&${PEOPLE["gcp-startup"].query}`,
    portfolio: `${harness.origin}/portfolio`,
  };
  const rows: string[] = [
    "| page | form factor | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const [name, url] of Object.entries(pages))
    for (const preset of ["mobile", "desktop"] as const) {
      const scores = await audit(url, preset, out);
      const below = scores.performance < FLOORS.performance || scores.accessibility < FLOORS.accessibility;
      failed ||= below;
      rows.push(
        `| ${name} | ${preset} | ${scores.performance.toFixed(2)} | ${scores.accessibility.toFixed(2)} | ${scores.fcp} | ${scores.lcp} | ${scores.tbt} | ${scores.cls.toFixed(3)} |${below ? " below the floor" : ""}`,
      );
    }
  process.stdout.write(`${rows.join("\n")}\n`);
  process.stdout.write(
    `\nFloors: performance >= ${FLOORS.performance}, accessibility ${FLOORS.accessibility}. Node ${process.versions.node}, store ${storage.kind}.\n`,
  );
} finally {
  await harness.close();
  await storage.close?.();
  await stopStores();
  await rm(out, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
