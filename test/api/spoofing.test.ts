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
