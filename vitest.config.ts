import react from "@vitejs/plugin-react";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/** Workspace packages export built JavaScript by default; tests run their TypeScript sources instead (no build needed). */
const fromSources = {
  resolve: { conditions: ["source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions], externalConditions: ["source"] } },
};

export default defineConfig({
  test: {
    // The JSON report is what .ci/run counts passes and failures from.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    projects: [
      {
        ...fromSources,
        test: {
          name: "unit",
          environment: "node",
          include: ["packages/*/src/**/*.test.ts", "apps/api/src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/e2e/**", "test/dist/**", "**/node_modules/**"],
          testTimeout: 120_000,
        },
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
          // The built tree, run as processes: these files build it, so one at a time.
          name: "dist",
          environment: "node",
          include: ["apps/cli/src/**/*.test.ts", "test/dist/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        ...fromSources,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
