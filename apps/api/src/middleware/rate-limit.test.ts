import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../app-env.ts";
import { rateLimit } from "./rate-limit.ts";

const limiter = (max: number, clock: { now: number }, maxClients = 1000) =>
  rateLimit({
    max,
    windowMs: 60_000,
    maxClients,
    key: (c) => c.req.header("x-client") ?? "anonymous",
    now: () => clock.now,
  });

const limited = (max: number, clock: { now: number }, maxClients = 1000) =>
  new Hono<AppEnv>().use(limiter(max, clock, maxClients)).get("/", (c) => c.text("ok"));

const from = (client: string) => ({ headers: { "x-client": client } });

describe("rateLimit", () => {
  it("lets a client make max requests per window, then answers 429 problem+json with Retry-After", async () => {
    const clock = { now: 120_000 + 15_000 };
    const app = limited(2, clock);
    const first = await app.request("/", from("a"));
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit-limit")).toBe("2");
    expect(first.headers.get("ratelimit-remaining")).toBe("1");
    expect((await app.request("/", from("a"))).status).toBe(200);
    const refused = await app.request("/", from("a"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.headers.get("retry-after")).toBe("45");
    expect(await refused.json()).toMatchObject({ status: 429, title: "Too Many Requests" });
  });

  it("counts each client on its own", async () => {
    const app = limited(1, { now: 0 });
    expect((await app.request("/", from("a"))).status).toBe(200);
    expect((await app.request("/", from("b"))).status).toBe(200);
    expect((await app.request("/", from("a"))).status).toBe(429);
  });

  it("starts afresh in the next window", async () => {
    const clock = { now: 0 };
    const app = limited(1, clock);
    await app.request("/", from("a"));
    expect((await app.request("/", from("a"))).status).toBe(429);
    clock.now = 60_000;
    expect((await app.request("/", from("a"))).status).toBe(200);
  });

  it("is off when max is 0", async () => {
    const app = limited(0, { now: 0 });
    for (let i = 0; i < 5; i++) expect((await app.request("/", from("a"))).status).toBe(200);
    expect((await app.request("/", from("a"))).headers.get("ratelimit-limit")).toBeNull();
  });

  it("counts at most maxClients apart in a window: 100,000 distinct clients keep the table at 10,001 entries", async () => {
    const limit = limiter(5, { now: 0 }, 10_000);
    const app = new Hono<AppEnv>().use(limit).get("/", (c) => c.text("ok"));
    let served = 0;
    for (let i = 0; i < 100_000; i++)
      if ((await app.request("/", from(`198.18.${i >> 8}.${i & 255}`))).status === 200) served++;
    // 10,000 counted apart with their own budget; the other 90,000 share one budget of 5.
    expect(limit.clients()).toBe(10_001);
    expect(served).toBe(10_000 + 5);
  });

  it("still serves clients it counted before the table filled", async () => {
    const app = limited(2, { now: 0 }, 2);
    expect((await app.request("/", from("a"))).status).toBe(200);
    expect((await app.request("/", from("b"))).status).toBe(200);
    for (const client of ["c", "d", "e"]) await app.request("/", from(client));
    expect((await app.request("/", from("a"))).status).toBe(200);
    expect((await app.request("/", from("f"))).status).toBe(429);
  });
});
