import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTree, copyBuiltTree, exec, installProduction, ROOT } from "./built-tree.ts";

/*
 * What a deployment runs: the built tree with production dependencies only,
 * installed with `npm ci --omit=dev` into a clean copy (as the Dockerfile does),
 * started with node alone.
 */

const SMOKE = join(ROOT, "test/dist/smoke.mjs");
// @types/node is not listed: drizzle-orm depends on @types/pg, which depends on it (type definitions, no code).
const DEV_ONLY = ["typescript", "tsx", "vite", "vitest", "esbuild", "@biomejs/biome", "playwright-core"];

let tree = "";
let portal = "";

beforeAll(async () => {
  await buildTree();
  tree = await mkdtemp(join(tmpdir(), "platform-advisor-production-"));
  await copyBuiltTree(tree);
  await installProduction(tree);
}, 300_000);

afterAll(async () => {
  for (const dir of [tree, portal]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe("a production-only install of the built tree", () => {
  it("has no devDependency and no TypeScript source", async () => {
    for (const name of DEV_ONLY) expect(existsSync(join(tree, "node_modules", name)), name).toBe(false);
    const api = (await readdir(join(tree, "apps/api"))).filter((name) => name !== "node_modules");
    expect(api.sort()).toEqual(["dist", "migrations", "migrations-sqlite", "package.json"]);
  });

  it("serves health, a recommendation, a PDF report, the web app and metrics, runs the CLI, and stops on SIGTERM", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [SMOKE, tree], { cwd: tree });
    expect(stdout).toMatch(/^smoke: \d+ checks passed on Node /m);
    expect(stdout).not.toMatch(/^FAIL/m);
  });

  it("is what the Dockerfile starts: node on the built server, no npm in the start path", async () => {
    const dockerfile = await readFile(join(ROOT, "Dockerfile"), "utf8");
    const cmd = dockerfile.match(/^CMD (\[.*\])$/m)?.[1];
    expect(JSON.parse(cmd ?? "null")).toEqual(["node", "apps/api/dist/server.js"]);
    expect(existsSync(join(tree, "apps/api/dist/server.js"))).toBe(true);
    expect(dockerfile).not.toMatch(/^(CMD|ENTRYPOINT).*npm/m);
  });
});

describe("the packages a portal installs", () => {
  it("import @platform-advisor/rules as built JavaScript with types, from packed tarballs", async () => {
    portal = await mkdtemp(join(tmpdir(), "platform-advisor-portal-"));
    await exec(
      "npm",
      ["pack", "-w", "@platform-advisor/model", "-w", "@platform-advisor/rules", "--pack-destination", portal],
      { cwd: ROOT },
    );
    await writeFile(join(portal, "package.json"), JSON.stringify({ name: "portal", private: true, type: "module" }));
    await exec(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        "./platform-advisor-model-1.0.0.tgz",
        "./platform-advisor-rules-1.0.0.tgz",
      ],
      { cwd: portal },
    );
    await writeFile(
      join(portal, "portal.ts"),
      [
        // A recommendation names a built-in platform or, under an organisation profile v2, one of its own (org-).
        'import type { AnyPlatformId } from "@platform-advisor/model";',
        'import { recommend } from "@platform-advisor/rules";',
        "const recommendation = await recommend({ teamSize: 3, containerCount: 12 });",
        "const id: AnyPlatformId = recommendation.recommended;",
        "console.log(id);",
      ].join("\n"),
    );
    const tsc = join(ROOT, "node_modules/.bin/tsc");
    const types = ["--types", "node", "--typeRoots", join(ROOT, "node_modules/@types")];
    const flags = ["--noEmit", "--strict", "--module", "nodenext", "--target", "es2022", ...types, "portal.ts"];
    await exec(tsc, flags, { cwd: portal });
    const script = 'import("@platform-advisor/rules").then(async (m) => console.log((await m.recommend({})).recommended))';
    const { stdout } = await exec(process.execPath, ["-e", script], { cwd: portal });
    expect(stdout.trim()).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("engines", () => {
  it("every workspace that runs claims the same Node versions as the root: 22.13+ (node:sqlite), 24, 26", async () => {
    const root = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
    expect(root.engines.node).toBe(">=22.13.0");
    for (const workspace of ["packages/model", "packages/rules", "packages/report", "apps/api", "apps/cli"]) {
      const pkg = JSON.parse(await readFile(join(ROOT, workspace, "package.json"), "utf8"));
      expect(pkg.engines?.node, workspace).toBe(root.engines.node);
    }
  });
});
