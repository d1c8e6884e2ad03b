import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

/** The real entry point, started the way `npm start` starts it. */
const SERVER = fileURLToPath(new URL("../../apps/api/src/server.ts", import.meta.url));
const children: ChildProcess[] = [];

const startServer = (env: Record<string, string>) => {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", SERVER], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", WEB_ROOT: "/nonexistent", DATA_DIR: "memory://", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  const lines: Record<string, unknown>[] = [];
  let stderr = "";
  let buffered = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    for (const part of parts) lines.push(JSON.parse(part));
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  /** Resolves with the first log line that matches, as soon as the server writes it. */
  const logged = async (match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> => {
    for (;;) {
      const line = lines.find(match);
      if (line) return line;
      if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
      await new Promise((resolve) => child.stdout?.once("data", resolve));
    }
  };
  const listening = async () => String((await logged((l) => l.msg === "listening")).url);
  return { child, lines, listening, logged, stderr: () => stderr };
};

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

describe("the server process", () => {
  it("serves, logs one JSON line per request, and on SIGTERM finishes the request in flight before exiting", async () => {
    const server = startServer({ RECOMMENDATION_CACHE_SIZE: "0", RATE_LIMIT_MAX: "0", LOG_LEVEL: "debug" });
    const url = await server.listening();
    expect((await fetch(`${url}/api/health`)).status).toBe(200);

    // A batch of 1,000 different answer sets with the cache off takes the server a good second.
    const items = Array.from({ length: 1000 }, (_, i) => ({ answers: { teamSize: 1 + i, containerCount: 1 + 2 * i } }));
    const inFlight = fetch(`${url}/api/v1/recommendations/batch`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ items }),
    });
    // SIGTERM once the server has the batch in hand, not after a guess at how long that takes.
    await server.logged((line) => line.msg === "request started" && line.path === "/api/v1/recommendations/batch");
    const exited = once(server.child, "exit");
    server.child.kill("SIGTERM");

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json()).succeeded).toBe(1000);
    const [code] = await exited;
    expect(code).toBe(0);

    const messages = server.lines.map((line) => line.msg);
    expect(messages.indexOf("signal")).toBeLessThan(messages.lastIndexOf("request"));
    expect(messages.at(-1)).toBe("stopped");
    const requests = server.lines.filter((line) => line.msg === "request");
    expect(server.lines.filter((line) => line.msg === "request started")).toHaveLength(2);
    expect(requests.map((line) => [line.method, line.path, line.status])).toEqual([
      ["GET", "/api/health", 200],
      ["POST", "/api/v1/recommendations/batch", 200],
    ]);
    for (const line of requests)
      expect(line).toMatchObject({ level: "info", requestId: expect.any(String), durationMs: expect.any(Number) });
  });

  it("on SIGTERM fails readiness first and keeps serving for SHUTDOWN_DRAIN_MS, so load balancers drain it", async () => {
    const server = startServer({ SHUTDOWN_DRAIN_MS: "1500" });
    const url = await server.listening();
    expect((await fetch(`${url}/api/ready`)).status).toBe(200);
    const exited = once(server.child, "exit");
    server.child.kill("SIGTERM");
    // The server drains in the same turn as it logs the signal.
    await server.logged((line) => line.msg === "signal");
    const ready = await fetch(`${url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "draining" });
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const [code] = await exited;
    expect(code).toBe(0);
  });

  it("refuses to start with a bad setting, saying which", async () => {
    const server = startServer({ PORT: "eighty", CORS_ORIGINS: "not a url" });
    const [code] = await once(server.child, "exit");
    expect(code).toBe(1);
    expect(server.stderr()).toContain('PORT="eighty"');
    expect(server.stderr()).toContain("CORS_ORIGINS");
    expect(server.stderr()).toContain("The server did not start.");
  });
});
