import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { clientAddress, rateLimitKey, type TrustProxy } from "./client-address.ts";

const addressOf = async (trust: TrustProxy, peer: string, forwarded?: string) => {
  const app = new Hono().get("/", (c) => c.text(clientAddress(trust)(c)));
  const headers: Record<string, string> = forwarded === undefined ? {} : { "x-forwarded-for": forwarded };
  const response = await app.request("/", { headers }, { incoming: { socket: { remoteAddress: peer } } });
  return response.text();
};

describe("clientAddress", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", async () => {
    expect(await addressOf({ hops: 0 }, "203.0.113.7", "198.51.100.1")).toBe("203.0.113.7");
  });

  it("reads X-Forwarded-For from the right, one entry per trusted hop", async () => {
    expect(await addressOf({ hops: 1 }, "10.0.0.1", "198.51.100.1, 203.0.113.7")).toBe("203.0.113.7");
    expect(await addressOf({ hops: 2 }, "10.0.0.2", "198.51.100.1, 203.0.113.7, 10.0.0.1")).toBe("203.0.113.7");
    // Fewer entries than hops: the farthest one there is.
    expect(await addressOf({ hops: 3 }, "10.0.0.1", "203.0.113.7")).toBe("203.0.113.7");
    expect(await addressOf({ hops: 1 }, "10.0.0.1")).toBe("10.0.0.1");
  });

  it("skips trusted proxies by address, range or name, and stops at the first address it does not trust", async () => {
    const trust = { ranges: ["loopback", "10.0.0.0/8", "fd00::/8"] };
    expect(await addressOf(trust, "127.0.0.1", "198.51.100.1, 203.0.113.7, 10.1.2.3")).toBe("203.0.113.7");
    expect(await addressOf(trust, "::ffff:10.0.0.1", "198.51.100.1, 2001:db8::1, fd00::5")).toBe("2001:db8::1");
    // The peer itself is not trusted: its word about others counts for nothing.
    expect(await addressOf(trust, "192.0.2.50", "198.51.100.1")).toBe("192.0.2.50");
    // Everyone on the way is trusted: the farthest.
    expect(await addressOf(trust, "10.0.0.1", "10.0.0.9")).toBe("10.0.0.9");
  });

  it("gives requests that never crossed a socket one shared key", async () => {
    const app = new Hono().get("/", (c) => c.text(clientAddress({ hops: 0 })(c)));
    expect(await (await app.request("/")).text()).toBe("local");
  });
});

describe("rateLimitKey", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::9", "2001:db8:1:2::/64"],
    ["2001:DB8:0001:0002:ffff::1", "2001:db8:1:2::/64"],
    ["2001:db8::", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["::ffff:192.0.2.1", "0:0:0:0::/64"],
    ["local", "local"],
  ])("counts %s as %s", (address, key) => {
    expect(rateLimitKey(address)).toBe(key);
  });
});
