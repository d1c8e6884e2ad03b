import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanUp, concurrentSaves, type StartedServer, save, start, storedIds, tempFolder } from "./faults-server.ts";
import { type PostgresServer, startPostgres } from "./postgres-server.ts";
import { emptyDatabase, stopStores } from "./stores.ts";

/*
 * Faults that happen while the server runs: its PostgreSQL stopped or frozen, a SIGKILL during saves on
 * PostgreSQL, a full disk under the embedded store, SIGTERM with requests in flight. Nothing here sleeps for a
 * guessed time: the tests wait on log lines, answers, exits and signals.
 */

afterEach(() => cleanUp());
afterAll(async () => {
  await stopStores();
  cleanUp({ folders: true });
});

/** Asks `condition` again (awaiting each answer) until it holds; fails after `limitMs`. */
const until = async (condition: () => Promise<boolean>, limitMs = 30_000) => {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not so after ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const expectUnavailable = async (response: Response) => {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  await response.arrayBuffer();
};

const readyStatus = async (url: string) => (await fetch(`${url}/api/ready`)).status;

/** Stops a server with SIGTERM and waits for it to exit. */
const stop = async (server: StartedServer) => {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGTERM");
  await server.exited;
};

describe("PostgreSQL going away while the server serves", () => {
  let database: PostgresServer | undefined;
  beforeAll(async () => {
    database = await startPostgres();
  }, 60_000);
  afterAll(() => database?.stop());

  it("stopped: 503 with Retry-After, /api/ready 503, the cause logged once; served again once it is back", async () => {
    if (!database) throw new Error("no PostgreSQL");
    const server = start({ DATABASE_URL: database.url });
    const url = await server.listening;
    expect((await save(url, 1)).status).toBe(201);

    database.halt();
    await expectUnavailable(await save(url, 2));
    await expectUnavailable(await fetch(`${url}/api/v1/assessments`));
    await expectUnavailable(await save(url, 3));
    expect(await readyStatus(url)).toBe(503);
    expect(server.log().match(/"msg":"store unavailable"/g)).toHaveLength(1);
    expect(server.log()).toMatch(/"msg":"store unavailable","store":"postgres","cause":"[^"]*(ECONNREFUSED|57P01)/);

    database.restart();
    await until(async () => (await readyStatus(url)) === 200);
    expect((await save(url, 4)).status).toBe(201);
    await server.waitForLog(/"msg":"store available again"/);
    expect(server.child.exitCode).toBeNull();
    await stop(server);
  }, 120_000);

  it("frozen (SIGSTOP): a save answers 503 within the timeouts, /api/ready 503; thawed, served again", async () => {
    if (!database) throw new Error("no PostgreSQL");
    const server = start({
      DATABASE_URL: database.url,
      DATABASE_STATEMENT_TIMEOUT_MS: "1000",
      DATABASE_CONNECT_TIMEOUT_MS: "1000",
    });
    const url = await server.listening;
    expect((await save(url, 1)).status).toBe(201);

    const processes = database.processes();
    for (const pid of processes) process.kill(pid, "SIGSTOP");
    try {
      const asked = Date.now();
      await expectUnavailable(await save(url, 2));
      await expectUnavailable(await fetch(`${url}/api/v1/assessments`));
      // The client gives up 2 s after the statement timeout; a connection attempt after the connect timeout.
      expect(Date.now() - asked).toBeLessThan(20_000);
      expect(await readyStatus(url)).toBe(503);
    } finally {
      for (const pid of processes) process.kill(pid, "SIGCONT");
    }
    await until(async () => (await readyStatus(url)) === 200);
    expect((await save(url, 3)).status).toBe(201);
    expect(server.child.exitCode).toBeNull();
    await stop(server);
  }, 120_000);
});

describe("SIGKILL during 30 concurrent saves on PostgreSQL", () => {
  it("loses no acknowledged save", async () => {
    const target = await emptyDatabase("postgres");
    if (!("databaseUrl" in target)) throw new Error("expected a PostgreSQL target");
    const first = start({ DATABASE_URL: target.databaseUrl, LOG_LEVEL: "debug" });
    const url = await first.listening;
    const { outcomes, acknowledgedAt } = concurrentSaves(url, 30, 5);
    // Killed once five saves have been answered to this client, with the others in flight or not yet started.
    const answeredBeforeKill = await acknowledgedAt;
    first.child.kill("SIGKILL");
    const acknowledged = (await outcomes).filter((id): id is string => id !== null);
    expect(acknowledged.length).toBeGreaterThanOrEqual(answeredBeforeKill);
    await first.exited;

    const second = start({ DATABASE_URL: target.databaseUrl });
    const stored = await storedIds(await second.listening);
    for (const id of acknowledged) expect(stored).toContain(id);
    process.stdout.write(`postgres SIGKILL: ${acknowledged.length} acknowledged, ${stored.length} read back\n`);
    await stop(second);
  }, 120_000);
});

/** Mounts a tmpfs of `size` on `folder` when this process may (root); false when it may not. */
const mountTmpfs = (folder: string, size: string) => {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", folder], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
};

/** Fills the file system holding `folder` until it has no space left; returns the filler file. */
const fillDisk = (folder: string) => {
  const filler = join(folder, "filler");
  const fd = openSync(filler, "w");
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
    // What is left is smaller than a block: take it byte by byte.
    try {
      for (;;) writeSync(fd, block, 0, 1);
    } catch (last) {
      if ((last as NodeJS.ErrnoException).code !== "ENOSPC") throw last;
    }
  } finally {
    closeSync(fd);
  }
  return filler;
};

describe("a full disk under the embedded store", () => {
  it("answers 503 while full, stays up, loses nothing acknowledged, and saves again once there is room", async () => {
    const folder = tempFolder();
    // A 4 MiB tmpfs where this process may mount one (as root); otherwise RLIMIT_FSIZE stands in for the disk.
    const mounted = mountTmpfs(folder, "4m");
    const dataDir = join(folder, "data");
    mkdirSync(dataDir);
    let server = start({ DATA_DIR: dataDir }, mounted ? {} : { fileSizeLimitKiB: 1024 });
    try {
      const url = await server.listening;
      const acknowledged: string[] = [];
      const first = await save(url, 0);
      expect(first.status).toBe(201);
      acknowledged.push(String((await first.json()).id));
      const filler = mounted ? fillDisk(folder) : undefined;

      let refused: Response | undefined;
      for (let i = 1; i < 1000 && !refused; i++) {
        const response = await save(url, i);
        if (response.status === 201) acknowledged.push(String((await response.json()).id));
        else refused = response;
      }
      if (!refused) throw new Error("the disk never filled up");
      await expectUnavailable(refused);
      expect(server.log()).toMatch(/"msg":"store unavailable","store":"embedded"/);
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      expect(server.child.exitCode).toBeNull();

      let again = url;
      if (filler) {
        rmSync(filler);
      } else {
        // The limit stays with the process: the room comes back with a server started without it.
        await stop(server);
        server = start({ DATA_DIR: dataDir });
        again = await server.listening;
      }
      const after = await save(again, 5000);
      expect(after.status).toBe(201);
      acknowledged.push(String((await after.json()).id));
      const stored = await storedIds(again);
      for (const id of acknowledged) expect(stored).toContain(id);
      expect(stored).toHaveLength(acknowledged.length);
    } finally {
      await stop(server);
      if (mounted) execFileSync("umount", [folder]);
    }
  }, 120_000);
});

/** Sends one HTTP/1.1 request on its own keep-alive connection; `answer` resolves with the status, or 0. */
const inFlight = async (port: number, path: string, body: unknown) => {
  const socket: Socket = connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  let received = "";
  socket.on("data", (chunk: Buffer) => {
    received += chunk.toString("latin1");
  });
  const answer = new Promise<{ status: number; text: string }>((resolve) => {
    socket.once("close", () =>
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0), text: received }),
    );
  });
  socket.on("error", () => undefined);
  const payload = JSON.stringify(body);
  const request = [
    `POST ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    "Content-Type: application/json",
    `Content-Length: ${Buffer.byteLength(payload)}`,
    "Connection: keep-alive",
    "",
    payload,
  ].join("\r\n");
  await new Promise<void>((resolve, reject) => socket.write(request, (error) => (error ? reject(error) : resolve())));
  return answer;
};

describe("SIGTERM with 40 requests in flight, default settings", () => {
  it("answers all 40, closes their keep-alive connections, and stores exactly the saves it acknowledged", async () => {
    const dataDir = join(tempFolder(), "data");
    const server = start({ DATA_DIR: dataDir, LOG_LEVEL: "debug" });
    const port = Number(new URL(await server.listening).port);
    const answers = { teamSize: 4, containerCount: 30, hostCount: 3 };
    // Every request is connected and fully written before the signal: 20 PDF reports (slow) and 20 saves.
    const requests = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? inFlight(port, "/api/v1/reports?format=pdf", { answers })
          : inFlight(port, "/api/v1/assessments", { workload: { id: `term-${i}` }, answers }),
      ),
    );
    await server.waitForLog(/"msg":"request started"/);
    server.child.kill("SIGTERM");
    const results = await Promise.all(requests);
    const { code } = await server.exited;
    expect(code).toBe(0);
    expect(results.map((result) => result.status)).toEqual(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 200 : 201)),
    );
    const acknowledged = results
      .filter((result) => result.status === 201)
      .map((result) => String(JSON.parse(result.text.slice(result.text.indexOf("\r\n\r\n") + 4)).id));

    const again = start({ DATA_DIR: dataDir });
    const stored = await storedIds(await again.listening);
    expect(stored.sort()).toEqual(acknowledged.sort());
    await stop(again);
  }, 120_000);
});
