import { execFile } from "node:child_process";
import { cp, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** The repository this file sits in. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export const exec = promisify(execFile);

/** Builds every workspace: the packages' and apps' dist/ folders and the web app. */
export const buildTree = () => exec("npm", ["run", "build"], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });

/**
 * Copies what a deployment ships into `target`: the lockfile, each workspace's
 * package.json, built output and migrations, no sources and no node_modules.
 */
export const copyBuiltTree = async (target: string) => {
  const root = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { workspaces: string[] };
  for (const file of ["package.json", "package-lock.json"]) await cp(join(ROOT, file), join(target, file));
  for (const workspace of root.workspaces) {
    await mkdir(join(target, workspace), { recursive: true });
    await cp(join(ROOT, workspace, "package.json"), join(target, workspace, "package.json"));
    // Built output, the SQL migrations the server runs at start-up, and the command's committed bin entry.
    for (const folder of ["dist", "migrations", "migrations-sqlite", "bin"]) {
      await cp(join(ROOT, workspace, folder), join(target, workspace, folder), { recursive: true }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code !== "ENOENT") throw error;
        },
      );
    }
  }
};

/** `npm ci` of the production dependencies of the server and the command, as the Dockerfile runs it. */
export const installProduction = (target: string) =>
  exec(
    "npm",
    [
      "ci",
      "--omit=dev",
      "--workspace=@platform-advisor/api",
      "--workspace=@platform-advisor/cli",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
    ],
    { cwd: target, maxBuffer: 16 * 1024 * 1024 },
  );

