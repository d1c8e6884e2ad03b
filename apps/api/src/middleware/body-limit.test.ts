import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../app-env.ts";
import { bodyLimit } from "./body-limit.ts";

const app = new Hono<AppEnv>()
  .use(bodyLimit(10, (c) => c.text("too large", 413)))
  .post("/", async (c) => c.text(await c.req.text()));

const stream = (text: string) =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

describe("bodyLimit", () => {
  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const response = await app.request("/", { method: "POST", body: "tiny", headers: { "content-length": "11" } });
    expect(response.status).toBe(413);
  });

  it("lets a declared Content-Length up to the limit through", async () => {
    const response = await app.request("/", {
      method: "POST",
      body: "0123456789",
      headers: { "content-length": "10" },
    });
    expect(await response.text()).toBe("0123456789");
  });

  it("counts a body without Content-Length as it streams", async () => {
    const over = await app.request("/", { method: "POST", body: stream("01234567890"), duplex: "half" } as RequestInit);
    expect(over.status).toBe(413);
    const under = await app.request("/", { method: "POST", body: stream("0123"), duplex: "half" } as RequestInit);
    expect(await under.text()).toBe("0123");
  });
});
