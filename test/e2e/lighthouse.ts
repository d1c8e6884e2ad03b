import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
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
 *
 * Options, to look into one page: `--page result|portfolio` and
 * `--preset mobile|desktop` (each repeatable), `--runs N` (each audit N times;
 * every run must pass), `--keep DIR` (keep the Lighthouse JSON reports, whose
 * diagnostics say what blocked the main thread). Each row names the machine's
 * one-minute load average before and after its run: on shared cores it moves
 * the scores.
 */

const run = promisify(execFile);
const PAGE_NAMES = ["result", "portfolio"] as const;
const PRESETS = ["mobile", "desktop"] as const;
const LIGHTHOUSE = fileURLToPath(new URL("../../node_modules/.bin/lighthouse", import.meta.url));
const FLOORS = { performance: 0.95, accessibility: 1 };

type Scores = { performance: number; accessibility: number; fcp: number; lcp: number; tbt: number; cls: number };

/** One Lighthouse run; a run whose trace failed (NO_NAVSTART, NO_FCP on a loaded machine) is tried once more. */
const audit = async (url: string, preset: "mobile" | "desktop", file: string): Promise<Scores> => {
  try {
    return await auditOnce(url, preset, file);
  } catch (error) {
    process.stderr.write(
      `Lighthouse failed once on ${url} (${preset}), trying again: ${String(error).slice(0, 200)}\n`,
    );
    return auditOnce(url, preset, file);
  }
};

const auditOnce = async (url: string, preset: "mobile" | "desktop", file: string): Promise<Scores> => {
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

const { values: options } = parseArgs({
  options: {
    page: { type: "string", multiple: true },
    preset: { type: "string", multiple: true },
    runs: { type: "string", default: "1" },
    keep: { type: "string" },
  },
});
const oneOf = <T extends string>(given: string[] | undefined, allowed: readonly T[], what: string): readonly T[] => {
  const wrong = given?.find((value) => !allowed.includes(value as T));
  if (wrong !== undefined) throw new Error(`Unknown ${what} "${wrong}": use ${allowed.join(" or ")}.`);
  return given ? (given as T[]) : allowed;
};
const chosenPages = oneOf(options.page, PAGE_NAMES, "--page");
const chosenPresets = oneOf(options.preset, PRESETS, "--preset");
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number from 1, not "${options.runs}".`);

// node:sqlite (the embedded store) needs Node 22.13; on older Nodes the bench uses a local PostgreSQL.
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const storage = await freshStorage(major > 22 || (major === 22 && minor >= 13) ? "embedded" : "postgres");
const harness = await startHarness({ deps: { store: assessmentStore(storage) } });
const out = options.keep
  ? resolve(process.env.INIT_CWD ?? process.cwd(), options.keep)
  : await mkdtemp(join(tmpdir(), "platform-advisor-lighthouse-"));
if (options.keep) await mkdir(out, { recursive: true });
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
    result: {
      name: "result (7-person GCP startup)",
      url: `${harness.origin}/?view=result&${PEOPLE["gcp-startup"].query}`,
    },
    portfolio: { name: "portfolio", url: `${harness.origin}/portfolio` },
  };
  const rows: string[] = [
    "| page | form factor | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | load before / after |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const page of chosenPages)
    for (const preset of chosenPresets)
      for (let attempt = 0; attempt < runs; attempt++) {
        const { name, url } = pages[page];
        const loadBefore = loadavg()[0] ?? Number.NaN;
        const scores = await audit(url, preset, join(out, `${page}-${preset}-${attempt + 1}.json`));
        const below = scores.performance < FLOORS.performance || scores.accessibility < FLOORS.accessibility;
        failed ||= below;
        rows.push(
          `| ${name} | ${preset} | ${scores.performance.toFixed(2)} | ${scores.accessibility.toFixed(2)} | ${scores.fcp} | ${scores.lcp} | ${scores.tbt} | ${scores.cls.toFixed(3)} | ${loadBefore.toFixed(2)} / ${(loadavg()[0] ?? Number.NaN).toFixed(2)} |${below ? " below the floor" : ""}`,
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
  if (options.keep) process.stdout.write(`Lighthouse reports kept in ${out}\n`);
  else await rm(out, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
