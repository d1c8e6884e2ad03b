import { describe, expect, it } from "vitest";
import { testApp } from "./harness.ts";

/** What @hono/node-server hands the app for a request that came over a socket from `peer`. */
const socketFrom = (peer: string) => ({ incoming: { socket: { remoteAddress: peer, remotePort: 40_000 } } });

/**
 * A client behind one reverse proxy (10.0.0.1) that writes its own
 * X-Forwarded-For: the proxy appends the address it saw (203.0.113.7), so the
 * header reaches the app as "<whatever the client wrote>, 203.0.113.7".
 */
const spoofed = (app: ReturnType<typeof testApp>["app"], forged: string) =>
  app.request(
    "/api/v1/questions",
    { headers: { "x-forwarded-for": `${forged}, 203.0.113.7` } },
    socketFrom("10.0.0.1"),
  );

const served = async (app: ReturnType<typeof testApp>["app"], requests: number) => {
  let ok = 0;
  for (let i = 0; i < requests; i++) if ((await spoofed(app, `198.51.100.${i}`)).status === 200) ok++;
  return ok;
};

describe("a client forging X-Forwarded-For behind a trusted proxy", () => {
  it.each([["1"], ["10.0.0.1"], ["10.0.0.0/8"], ["loopback, 10.0.0.1"]])(
    "gets no fresh budget from forged values (TRUST_PROXY=%s): 50 forged requests, 5 served",
    async (trust) => {
      const { app } = testApp({ RATE_LIMIT_MAX: "5", TRUST_PROXY: trust });
      expect(await served(app, 50)).toBe(5);
    },
  );
});

describe("an IPv6 client walking through the addresses of its /64", () => {
  it("shares one budget: 50 requests from 50 addresses, 5 served", async () => {
    const { app } = testApp({ RATE_LIMIT_MAX: "5" });
    let ok = 0;
    for (let i = 1; i <= 50; i++) {
      const response = await app.request("/api/v1/questions", {}, socketFrom(`2001:db8:1:2::${i.toString(16)}`));
      if (response.status === 200) ok++;
    }
    expect(ok).toBe(5);
    const neighbour = await app.request("/api/v1/questions", {}, socketFrom("2001:db8:1:3::1"));
    expect(neighbour.status).toBe(200);
  });
});
