#!/usr/bin/env node
// Builds only the workspaces whose build is missing or older than what it is built from, dependencies first
// (the root's workspace order), so `npm start` on an unchanged tree starts at once.
//   node scripts/build-if-changed.mjs [--root DIR] [--dry-run]
// A workspace is up to date when its dist/ exists and its oldest file is newer than every input: the files and
// folders of the workspace (a new, renamed or deleted file changes its folder's time) outside node_modules/ and
// dist/, those of the workspaces it depends on, and the root's lockfile and TypeScript settings. Tests are not
// inputs. Every build (tsc, vite) rewrites all of its output, so the oldest output says when it last ran.
// Plain JavaScript: it runs before anything is built, on any Node the project supports.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT_INPUTS = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json"];
const SKIPPED_FOLDERS = new Set(["node_modules", "dist", ".git"]);
const TEST_FILE = /\.test\.tsx?$/;

const args = process.argv.slice(2);
const rootArg = args.indexOf("--root");
const root = resolve(rootArg >= 0 ? (args[rootArg + 1] ?? ".") : ".");
const dryRun = args.includes("--dry-run");

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** The newest modification time (ms) of a folder, its files and its subfolders, tests and outputs aside. */
const newestInput = (folder) => {
  let newest = statSync(folder).mtimeMs;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) newest = Math.max(newest, newestInput(join(folder, entry.name)));
    } else if (!TEST_FILE.test(entry.name)) {
      newest = Math.max(newest, statSync(join(folder, entry.name)).mtimeMs);
    }
  }
  return newest;
};

/** The oldest modification time (ms) of the files in a folder, or undefined when it has none. */
const oldestOutput = (folder) => {
  if (!existsSync(folder)) return undefined;
  let oldest;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const time = statSync(join(entry.parentPath, entry.name)).mtimeMs;
    oldest = oldest === undefined ? time : Math.min(oldest, time);
  }
  return oldest;
};

const rootPackage = readJson(join(root, "package.json"));
const workspaces = (rootPackage.workspaces ?? []).map((folder) => {
  const manifest = readJson(join(root, folder, "package.json"));
  return {
    folder,
    name: manifest.name,
    builds: typeof manifest.scripts?.build === "string",
    dependsOn: Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies }),
  };
});
const byName = new Map(workspaces.map((workspace) => [workspace.name, workspace]));

const rootNewest = Math.max(
  ...ROOT_INPUTS.filter((file) => existsSync(join(root, file))).map((file) => statSync(join(root, file)).mtimeMs),
);
const ownNewest = new Map();
const newestOf = (workspace) => {
  if (!ownNewest.has(workspace.name)) ownNewest.set(workspace.name, newestInput(join(root, workspace.folder)));
  return ownNewest.get(workspace.name);
};

/** The newest input of a workspace and of every workspace it depends on, directly or not. */
const newestWithDependencies = (name, seen = new Set()) => {
  if (seen.has(name)) return 0;
  seen.add(name);
  const workspace = byName.get(name);
  let newest = newestOf(workspace);
  for (const dependency of workspace.dependsOn) {
    if (byName.has(dependency)) newest = Math.max(newest, newestWithDependencies(dependency, seen));
  }
  return newest;
};

const stale = [];
const fresh = [];
for (const workspace of workspaces.filter((candidate) => candidate.builds)) {
  const built = oldestOutput(join(root, workspace.folder, "dist"));
  const inputs = Math.max(rootNewest, newestWithDependencies(workspace.name));
  (built === undefined || built < inputs ? stale : fresh).push(workspace);
}

const names = (list) => list.map((workspace) => workspace.name).join(", ") || "none";
process.stderr.write(`build: up to date: ${names(fresh)}; to build: ${names(stale)}\n`);
if (!dryRun) {
  for (const workspace of stale) {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const result = spawnSync(npm, ["run", "build", `--workspace=${workspace.folder}`], {
      cwd: root,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    if (result.status !== 0) {
      process.stderr.write(`build: ${workspace.name} failed (exit ${result.status ?? result.signal})\n`);
      process.exit(1);
    }
  }
}
