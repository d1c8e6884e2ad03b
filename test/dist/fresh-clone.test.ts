import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exec, ROOT } from "./built-tree.ts";

/*
 * What a newcomer does: `git clone`, `npm ci`, `npm start`, then `npx platform-advisor ...`. The clone is of
 * the committed tree (HEAD), so this proves what others will get. `npm ci --prefer-offline` takes packages
 * from npm's cache where it has them; it is still npm ci, which is what makes (or failed to make) the bin link.
 */

let clone = "";
let dataDir = "";
const BIN = () => join(clone, "node_modules/.bin/platform-advisor");
const ANSWERS = JSON.stringify({ teamSize: 4, containerCount: 30, hostCount: 3 });

/** Runs `npm start` in the clone until /api/health answers; returns what the start printed and stops it. */
const npmStart = async () => {
  const child: ChildProcess = spawn("npm", ["start"], {
    cwd: clone,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  try {
    const url = await new Promise<string>((found, failed) => {
      child.once("exit", (code) => failed(new Error(`npm start exited with ${code}:\n${stderr.slice(-4000)}`)));
      child.stdout?.on("data", (chunk) => {
        stdout += chunk;
        const line = stdout.split("\n").find((text) => text.includes('"msg":"listening"'));
        if (line) found(JSON.parse(line).url);
      });
    });
    const health = await fetch(`${url}/api/health`);
    return { stderr, health: health.status };
  } finally {
    if (child.exitCode === null) {
      const exited = once(child, "exit");
      // npm runs the server with `exec node` under sh: the group gets the signal, as a terminal's Ctrl-C does.
      process.kill(-(child.pid as number), "SIGTERM");
      await exited;
    }
  }
};

beforeAll(async () => {
  clone = await mkdtemp(join(tmpdir(), "platform-advisor-clone-"));
  dataDir = await mkdtemp(join(tmpdir(), "platform-advisor-clone-data-"));
  await exec("git", ["clone", "--quiet", ROOT, clone]);
  await exec("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], {
    cwd: clone,
    maxBuffer: 16 * 1024 * 1024,
  });
}, 600_000);

afterAll(async () => {
  for (const dir of [clone, dataDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe("a fresh clone", () => {
  it("has the platform-advisor command right after npm ci, which says to build first", async () => {
    expect(existsSync(BIN())).toBe(true);
    const failed = await exec(BIN(), ["--version"], { cwd: clone }).catch((error) => error);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/platform-advisor is not built yet: run `npm run build` \(or `npm start`\)/);
  });

  it("builds and serves on the first npm start; the command then runs", async () => {
    const first = await npmStart();
    expect(first.health).toBe(200);
    expect(first.stderr).toMatch(/^build: up to date: none; to build: @platform-advisor\/model,/m);
    const version = await exec(BIN(), ["--version"], { cwd: clone });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+ \(ruleset /);
    const json = await exec("sh", ["-c", `echo '${ANSWERS}' | npx platform-advisor recommend --answers - --format json`], {
      cwd: clone,
    });
    expect(JSON.parse(json.stdout).recommendation.recommended).toMatch(/^[a-z0-9-]+$/);
  }, 600_000);

  it("serves again without rebuilding anything on the second npm start", async () => {
    const second = await npmStart();
    expect(second.health).toBe(200);
    expect(second.stderr).toMatch(/^build: up to date: .*@platform-advisor\/web; to build: none$/m);
  }, 120_000);
});
