import react from "@vitejs/plugin-react";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/** Workspace packages export built JavaScript by default; tests run their TypeScript sources instead (no build needed). */
const fromSources = {
  resolve: { conditions: ["source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions], externalConditions: ["source"] } },
};

/**
 * Which suite a file belongs to is decided by its path alone (docs/testing.md):
 * - quick: "unit" and "web", functions and in-process apps, no browser, no child process, no database;
 * - "sweeps": the rules' tests over samples of the verification sweep (SWEEPS), too slow for the quick loop;
 * - "api": the HTTP API in-process on its stores, PostgreSQL servers and server processes (test/api);
 * - "dist": the built tree, run as processes (these files build it, so one at a time);
 * - "e2e": the web app in Chromium against the real API;
 * - "exhaustive": the files of SAMPLED with their sweeps at full size (EXHAUSTIVE=1); `npm run verify` runs it.
 */
export const QUICK_PROJECTS = ["unit", "web"] as const;

/**
 * The rules' sweep tests: each walks a sample of the verification sweep, which takes seconds to a minute. They run
 * in `npm test` (project "sweeps"), not in the quick loop.
 */
const SWEEPS = [
  "packages/rules/src/compiled.test.ts",
  "packages/rules/src/facts.test.ts",
  "packages/rules/src/verify/fast-path.test.ts",
  "packages/rules/src/verify/verify.test.ts",
  "test/properties/invariants.test.ts",
];

/** Tests whose sample is smaller in `npm test` than in the exhaustive project (EXHAUSTIVE=1). */
const SAMPLED = [
  "packages/model/src/path.test.ts",
  "packages/rules/src/compiled.test.ts",
  "packages/rules/src/verify/fast-path.test.ts",
];

export default defineConfig({
  test: {
    // The JSON report is what .ci/run counts passes and failures from.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    // Vitest's default is one worker fewer than the cores: on a 2-core machine that is one worker for everything.
    // The main process mostly waits, so both cores run test files.
    maxWorkers: 2,
    projects: [
      {
        ...fromSources,
        test: {
          name: "unit",
          isolate: false,
          environment: "node",
          include: [
            "packages/*/src/**/*.test.ts",
            "apps/api/src/**/*.test.ts",
            "apps/cli/src/**/*.test.ts",
            "test/**/*.test.ts",
          ],
          exclude: [
            ...SWEEPS,
            "apps/cli/src/cli.test.ts",
            "test/api/**",
            "test/dist/**",
            "test/e2e/**",
            "**/node_modules/**",
          ],
          testTimeout: 120_000,
        },
      },
      {
        ...fromSources,
        test: { name: "sweeps", environment: "node", include: SWEEPS, isolate: false, testTimeout: 600_000 },
      },
      {
        ...fromSources,
        plugins: [react()],
        test: {
          name: "web",
          environment: "happy-dom",
          include: ["apps/web/src/**/*.test.{ts,tsx}"],
        },
      },
      {
        ...fromSources,
        test: {
          name: "api",
          environment: "node",
          include: ["test/api/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        ...fromSources,
        test: {
          // The built tree, run as processes: these files build it, so one at a time (after the other projects).
          name: "dist",
          environment: "node",
          include: ["apps/cli/src/cli.test.ts", "test/dist/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        ...fromSources,
        test: {
          // Each file builds the web app into its own folder and serves it on a free port, so files run side by side.
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      // Only with EXHAUSTIVE=1 (npm run test:exhaustive, which npm run verify runs), so that no other run,
      // `npx vitest run <file>` included, picks up the slow variants.
      ...(process.env.EXHAUSTIVE === "1"
        ? [
            {
              ...fromSources,
              test: { name: "exhaustive", environment: "node", include: SAMPLED, testTimeout: 1_800_000 },
            },
          ]
        : []),
    ],
  },
});
