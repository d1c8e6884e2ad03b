import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, statSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { assessmentStore, loadConfig, openStorage, STORE_FILE } from "@platform-advisor/api";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cleanUp, concurrentSaves, save, start, tempFolder } from "./faults-server.ts";
import { json, testApp } from "./harness.ts";
import { emptyDatabase, sharedPostgres, stopStores } from "./stores.ts";

afterEach(() => cleanUp());
afterAll(async () => {
  await stopStores();
  cleanUp({ folders: true });
});

describe("bad text never reaches the store", () => {
  const { app } = testApp({ DATA_DIR: "memory://" });
  it.each([
    ["note", { workload: { id: "w" }, answers: { teamSize: 3 }, note: "a\u0000b" }, "note"],
    ["workload.name", { workload: { id: "w", name: "x\u0000" }, answers: { teamSize: 3 } }, "workload.name"],
    ["workload.team", { workload: { id: "w", team: "\ud800team" }, answers: { teamSize: 3 } }, "workload.team"],
    ["note (lone low surrogate)", { workload: { id: "w" }, answers: { teamSize: 3 }, note: "\udc00" }, "note"],
  ])("a NUL or lone surrogate in %s is a 400 naming the field", async (_, body, path) => {
    const response = await app.request("/api/v1/assessments", json(body));
    expect(response.status).toBe(400);
    expect((await response.json()).errors.map((error: { path: string }) => error.path)).toContain(path);
  });

  it("in ?team= and in /assessments/{id} too", async () => {
    const list = await app.request("/api/v1/assessments?team=a%00b");
    expect(list.status).toBe(400);
    expect(JSON.stringify(await list.json())).toContain("team");
    const one = await app.request("/api/v1/assessments/ab%00cd");
    expect(one.status).toBe(400);
    expect(JSON.stringify(await one.json())).toContain("id");
  });
});

describe("Host header", () => {
  it("answers 421 to a name it does not serve, and serves loopback names and the probes", async () => {
    const { app } = testApp({});
    const other = await app.request("/api/v1/questions", { headers: { host: "rebound.example:8787" } });
    expect(other.status).toBe(421);
    expect(other.headers.get("content-type")).toContain("application/problem+json");
    expect((await app.request("/api/v1/questions", { headers: { host: "localhost:8787" } })).status).toBe(200);
    expect((await app.request("/api/v1/questions", { headers: { host: "[::1]:8787" } })).status).toBe(200);
    expect((await app.request("/api/health", { headers: { host: "10.1.2.3:8787" } })).status).toBe(200);
  });
});

describe("profile files", () => {
  const refuse = (path: string) => () => loadConfig({ ORG_PROFILE: path });
  it("refuses a device, a named pipe and a file over 1 MiB at once, saying why", () => {
    expect(refuse("/dev/zero")).toThrow(/ORG_PROFILE[\s\S]*a device/);
    const fifo = join(tempFolder(), "fifo");
    execFileSync("mkfifo", [fifo]);
    expect(refuse(fifo)).toThrow(/a named pipe/);
    const big = join(tempFolder(), "big.yaml");
    writeFileSync(big, Buffer.alloc(1024 * 1024 + 1, 0x20));
    expect(refuse(big)).toThrow(/at most 1048576 bytes/);
  });
});

describe("the embedded store's folder", () => {
  it("refuses a second server on the same DATA_DIR while the first serves", async () => {
    const dataDir = join(tempFolder(), "data");
    const first = start({ DATA_DIR: dataDir });
    const url = await first.listening;
    const second = start({ DATA_DIR: dataDir });
    const { code, stderr } = await second.exited;
    expect(code).toBe(1);
    expect(stderr).toMatch(/in use by another server process[\s\S]*The server did not start/);
    expect((await save(url, 1)).status).toBe(201);
  }, 120_000);

  it("refuses a folder that is not a store, one left by PGlite, and a damaged store, creating nothing", async () => {
    const notStore = tempFolder();
    writeFileSync(join(notStore, "notes.txt"), "mine");
    expect((await start({ DATA_DIR: notStore }).exited).stderr).toMatch(/is not a store: it holds notes\.txt/);

    const pglite = tempFolder();
    writeFileSync(join(pglite, "PG_VERSION"), "17\n");
    mkdirSync(join(pglite, "base"));
    expect((await start({ DATA_DIR: pglite }).exited).stderr).toMatch(
      /previous embedded store \(PGlite\)[\s\S]*set DATA_DIR to a new folder/,
    );

    const dataDir = join(tempFolder(), "data");
    const storage = await openStorage({ dataDir });
    const store = assessmentStore(storage);
    for (let i = 0; i < 200; i++) {
      await storage.queries.insert({
        id: `row-${i}`,
        workloadId: `w-${i}`,
        workloadName: "x".repeat(500),
        team: null,
        note: null,
        answers: { teamSize: 1 } as never,
        recommendation: { recommended: "kubernetes", ranking: [] } as never,
        recommended: "kubernetes",
        score: 1,
        rulesetVersion: "1",
        profileHash: null,
        currentPlatform: null,
        createdBy: null,
        createdAt: new Date(0),
      });
    }
    expect((await store.list({ limit: 1 })).items).toHaveLength(1);
    await storage.close();
    const file = join(dataDir, STORE_FILE);
    const truncated = `${dataDir}-truncated`;
    execFileSync("cp", ["-r", dataDir, truncated]);
    truncateSync(join(truncated, STORE_FILE), Math.floor(statSync(file).size / 2));
    expect((await start({ DATA_DIR: truncated }).exited).stderr).toMatch(
      /is damaged[\s\S]*restore the folder from a backup/,
    );
    // Random bytes over a table's pages, past the header.
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 3);
    closeSync(fd);
    expect((await start({ DATA_DIR: dataDir }).exited).stderr).toMatch(/is damaged/);
  }, 120_000);
});

describe("SIGKILL during 30 concurrent saves", () => {
  it("loses no acknowledged save on the embedded store", async () => {
    const dataDir = join(tempFolder(), "data");
    const first = start({ DATA_DIR: dataDir, LOG_LEVEL: "debug" });
    const url = await first.listening;
    const { outcomes, acknowledgedAt } = concurrentSaves(url, 30, 5);
    // Killed once five saves have been answered to this client, with the others in flight or not yet started.
    const answeredBeforeKill = await acknowledgedAt;
    first.child.kill("SIGKILL");
    const acknowledged = (await outcomes).filter((id): id is string => id !== null);
    expect(acknowledged.length).toBeGreaterThanOrEqual(answeredBeforeKill);
    await first.exited;

    const second = start({ DATA_DIR: dataDir });
    const again = await second.listening;
    const stored = (await (await fetch(`${again}/api/v1/assessments?limit=100`)).json()).items.map(
      (item: { id: string }) => item.id,
    );
    for (const id of acknowledged) expect(stored).toContain(id);
    process.stdout.write(`embedded SIGKILL: ${acknowledged.length} acknowledged, ${stored.length} read back\n`);
  }, 120_000);
});

describe("PostgreSQL faults", () => {
  it("survives its backends being terminated: no crash, the next request is served", async () => {
    const target = await emptyDatabase("postgres");
    if (!("databaseUrl" in target)) throw new Error("expected a PostgreSQL target");
    const server = start({ DATABASE_URL: target.databaseUrl });
    const url = await server.listening;
    expect((await save(url, 1)).status).toBe(201);
    const admin = new pg.Client({ connectionString: (await sharedPostgres()).url });
    await admin.connect();
    await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'platform-advisor'",
    );
    await admin.end();
    expect((await save(url, 2)).status).toBe(201);
    expect((await fetch(`${url}/api/ready`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  }, 120_000);

  it("down at start: retries for DATABASE_START_TIMEOUT_MS, then exits naming host and port, not the password", async () => {
    const server = start({
      DATABASE_URL: "postgres://advisor:s3cret-pass@127.0.0.1:1/advisor",
      DATABASE_START_TIMEOUT_MS: "1500",
    });
    const { code, stderr } = await server.exited;
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /PostgreSQL at 127\.0\.0\.1:1\/advisor could not be used after \d+ attempts[\s\S]*ECONNREFUSED/,
    );
    expect(stderr + server.log()).not.toContain("s3cret-pass");
  }, 60_000);
});
