import { setTimeout as sleep } from "node:timers/promises";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { LogRecord } from "./logger.ts";
import { type RunningServer, startServer } from "./serve.ts";

const slowApp = () =>
  new Hono().get("/slow", async (c) => {
    await sleep(300);
    return c.text("finished");
  });

describe("startServer", () => {
  it("listens on the asked host and a free port when given 0", async () => {
    const logs: LogRecord[] = [];
    const running = await startServer(
      new Hono().get("/", (c) => c.text("hi")),
      {
        port: 0,
        host: "127.0.0.1",
        shutdownTimeoutMs: 1000,
        logger: (record) => logs.push(record),
      },
    );
    expect(running.address.port).toBeGreaterThan(0);
    expect(await (await fetch(`http://127.0.0.1:${running.address.port}/`)).text()).toBe("hi");
    await running.close();
    expect(logs.map((l) => l.msg)).toEqual(["listening", "shutting down: finishing requests in flight", "stopped"]);
  });

  it("finishes requests in flight when closed, and refuses new ones", async () => {
    const running = await startServer(slowApp(), {
      port: 0,
      host: "127.0.0.1",
      shutdownTimeoutMs: 5000,
      logger: () => {},
    });
    const url = `http://127.0.0.1:${running.address.port}/slow`;
    const inFlight = fetch(url).then((response) => response.text());
    await sleep(50);
    const closed = running.close();
    expect(await inFlight).toBe("finished");
    await closed;
    await expect(fetch(url)).rejects.toThrow();
  });

  it("lets a large response that has ended but is still being written reach the client whole", async () => {
    const big = "x".repeat(32 * 1024 * 1024);
    let running: RunningServer | undefined;
    let closed: Promise<void> | undefined;
    const app = new Hono().get("/big", (c) => {
      // Shut down just after the response is handed over, while its 32 MB are still being written.
      setImmediate(() => {
        closed = running?.close();
      });
      return c.text(big);
    });
    running = await startServer(app, { port: 0, host: "127.0.0.1", shutdownTimeoutMs: 10_000, logger: () => {} });
    const body = await (await fetch(`http://127.0.0.1:${running.address.port}/big`)).text();
    expect(body.length).toBe(big.length);
    await closed;
  });

  it("cuts requests that outlast the shutdown timeout", async () => {
    const running = await startServer(slowApp(), {
      port: 0,
      host: "127.0.0.1",
      shutdownTimeoutMs: 50,
      logger: () => {},
    });
    const inFlight = fetch(`http://127.0.0.1:${running.address.port}/slow`).then((r) => r.text());
    await sleep(20);
    await running.close();
    // The route would have answered after 300 ms: a rejected request means the connection was cut first.
    await expect(inFlight).rejects.toThrow();
  });

  it("rejects when the port is taken", async () => {
    const first = await startServer(new Hono(), {
      port: 0,
      host: "127.0.0.1",
      shutdownTimeoutMs: 100,
      logger: () => {},
    });
    await expect(
      startServer(new Hono(), {
        port: first.address.port,
        host: "127.0.0.1",
        shutdownTimeoutMs: 100,
        logger: () => {},
      }),
    ).rejects.toThrow(/EADDRINUSE/);
    await first.close();
  });
});
