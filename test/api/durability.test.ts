import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const SERVER = fileURLToPath(new URL("../../apps/api/src/server.ts", import.meta.url));
const children: ChildProcess[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The real server on the embedded store in `dataDir`; resolves with its URL once it listens. */
const start = async (dataDir: string, env: Record<string, string> = {}) => {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", SERVER], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      WEB_ROOT: "/nonexistent",
      DATA_DIR: dataDir,
      API_TOKENS: "",
      ALLOW_ANONYMOUS: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  for (let waited = 0; waited < 90_000; waited += 50) {
    const match = /"msg":"listening","url":"([^"]+)"/.exec(out);
    if (match) return { child, url: match[1]! };
    if (child.exitCode !== null) throw new Error(`server exited: ${err}`);
    await sleep(50);
  }
  throw new Error(`server did not start: ${err}`);
};

describe("a 201 means the assessment is on disk (embedded store)", () => {
  it("survives SIGKILL right after the 201s", async () => {
    const folder = mkdtempSync(join(tmpdir(), "platform-advisor-durable-"));
    folders.push(folder);
    const dataDir = join(folder, "data");
    const first = await start(dataDir);
    const saves = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${first.url}/api/v1/assessments`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ workload: { id: `durable-${i}` }, answers: { teamSize: i + 1 } }),
        }),
      ),
    );
    expect(saves.map((r) => r.status)).toEqual(Array(20).fill(201));
    const locations = saves.map((r) => r.headers.get("location")!);
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));

    const second = await start(dataDir);
    for (const location of locations) {
      const response = await fetch(`${second.url}${location}`);
      expect(response.status).toBe(200);
    }
    const listed = await (await fetch(`${second.url}/api/v1/assessments?limit=100`)).json();
    expect(listed.items).toHaveLength(20);
  }, 240_000);
});

describe("without tokens", () => {
  it("refuses to start on a non-loopback address, saying why", async () => {
    await expect(start("memory://", { HOST: "0.0.0.0" })).rejects.toThrow(
      /HOST=0\.0\.0\.0 is not a loopback address and API_TOKENS is not set[\s\S]*The server did not start/,
    );
  }, 60_000);
});
