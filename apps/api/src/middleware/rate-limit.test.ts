import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../app-env.ts";
import { rateLimit } from "./rate-limit.ts";

const limited = (max: number, clock: { now: number }) =>
  new Hono<AppEnv>()
    .use(
      rateLimit({ max, windowMs: 60_000, key: (c) => c.req.header("x-client") ?? "anonymous", now: () => clock.now }),
    )
    .get("/", (c) => c.text("ok"));

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
});
