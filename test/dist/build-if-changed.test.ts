import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./built-tree.ts";

/*
 * scripts/build-if-changed.mjs, which `npm start` runs, on a small tree of its own: two workspaces, "app"
 * depending on "lib", whose build scripts record that they ran.
 */

const SCRIPT = join(ROOT, "scripts/build-if-changed.mjs");
let tree = "";

const workspace = async (folder: string, name: string, dependencies: Record<string, string> = {}) => {
  await mkdir(join(tree, folder, "src"), { recursive: true });
  await writeFile(join(tree, folder, "src/index.ts"), `export const name = "${name}";\n`);
  await writeFile(join(tree, folder, "src/index.test.ts"), "// a test: not an input of the build\n");
  const build = `node -e "const fs=require('fs');fs.appendFileSync('../../builds.log','${name}\\n');fs.mkdirSync('dist',{recursive:true});fs.writeFileSync('dist/index.js','')"`;
  await writeFile(
    join(tree, folder, "package.json"),
    JSON.stringify({ name, version: "1.0.0", scripts: { build }, dependencies }),
  );
};

/** Runs the script and returns which workspaces built, in order. */
const run = async () => {
  await writeFile(join(tree, "builds.log"), "");
  const { stderr } = await promisify(execFile)(process.execPath, [SCRIPT], { cwd: tree });
  expect(stderr).toMatch(/^build: up to date: .*; to build: .*$/m);
  return (await readFile(join(tree, "builds.log"), "utf8")).split("\n").filter(Boolean);
};

/** Marks a file as changed now: later than every output built before this call. */
const touch = async (file: string) => {
  const now = new Date();
  await utimes(join(tree, file), now, now);
};

beforeAll(async () => {
  tree = await mkdtemp(join(tmpdir(), "build-if-changed-"));
  await writeFile(
    join(tree, "package.json"),
    JSON.stringify({ name: "root", private: true, workspaces: ["packages/lib", "apps/app", "docs"] }),
  );
  await writeFile(join(tree, "tsconfig.json"), "{}\n");
  await workspace("packages/lib", "lib");
  await workspace("apps/app", "app", { lib: "1.0.0" });
  // A workspace without a build script is never built.
  await mkdir(join(tree, "docs"));
  await writeFile(join(tree, "docs/package.json"), JSON.stringify({ name: "docs", version: "1.0.0" }));
});

afterAll(async () => {
  if (tree) await rm(tree, { recursive: true, force: true });
});

describe("scripts/build-if-changed.mjs", () => {
  it("builds what has never been built, dependencies first, then nothing while nothing changes", async () => {
    expect(await run()).toEqual(["lib", "app"]);
    expect(await run()).toEqual([]);
  });

  it("rebuilds a workspace whose source changed, and the workspaces that depend on it", async () => {
    await touch("apps/app/src/index.ts");
    expect(await run()).toEqual(["app"]);
    await touch("packages/lib/src/index.ts");
    expect(await run()).toEqual(["lib", "app"]);
  });

  it("rebuilds on a new or deleted file, a changed manifest or root setting, and a missing output", async () => {
    await writeFile(join(tree, "apps/app/src/extra.ts"), "export const extra = 1;\n");
    expect(await run()).toEqual(["app"]);
    await rm(join(tree, "apps/app/src/extra.ts"));
    expect(await run()).toEqual(["app"]);
    await touch("packages/lib/package.json");
    expect(await run()).toEqual(["lib", "app"]);
    await touch("tsconfig.json");
    expect(await run()).toEqual(["lib", "app"]);
    await rm(join(tree, "apps/app/dist"), { recursive: true });
    expect(await run()).toEqual(["app"]);
  });

  it("does not rebuild for a changed test file", async () => {
    await touch("packages/lib/src/index.test.ts");
    expect(await run()).toEqual([]);
  });

  it("stops with the failing workspace's name when a build fails", async () => {
    const manifest = join(tree, "packages/lib/package.json");
    const pkg = JSON.parse(await readFile(manifest, "utf8"));
    await writeFile(manifest, JSON.stringify({ ...pkg, scripts: { build: 'node -e "process.exit(3)"' } }));
    const failed = await promisify(execFile)(process.execPath, [SCRIPT], { cwd: tree }).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/build: lib failed \(exit 3\)/);
  });
});
