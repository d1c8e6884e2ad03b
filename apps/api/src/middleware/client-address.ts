import { BlockList, isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * Which proxies to believe, as in Express's "trust proxy" (proxy-addr):
 * `hops` trusts that many proxies in front of the server (0: none), `ranges`
 * trusts the peers in those addresses and CIDR ranges, wherever they sit.
 */
export type TrustProxy = { hops: number } | { ranges: string[] };

/** proxy-addr's named ranges. */
export const NAMED_RANGES: Record<string, string[]> = {
  loopback: ["127.0.0.1/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/** An IPv4 address written as IPv6 (::ffff:203.0.113.7) is the IPv4 address. */
const plain = (address: string) =>
  address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

/** Whether `range` is an address, a CIDR range or a named range that `trustedBy` understands. */
export const isRange = (range: string): boolean => {
  if (range in NAMED_RANGES) return true;
  const [address = "", bits, ...rest] = range.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
};

const trustedBy = (ranges: string[]) => {
  const list = new BlockList();
  for (const range of ranges.flatMap((range) => NAMED_RANGES[range] ?? [range])) {
    const [address = "", bits] = range.split("/");
    const type = isIP(address) === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return (address: string) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
  };
};

/** The socket's peer; requests that never crossed a socket (`app.request()` in tests) share the key "local". */
const peerAddress = (c: Context): string => {
  if (!c.env || typeof c.env !== "object" || !("incoming" in c.env || "server" in c.env)) return "local";
  return plain(getConnInfo(c).remote.address ?? "local");
};

/**
 * Reads the address a request came from. Without trusted proxies, the socket's
 * peer. Behind them, the nearest address that a trusted proxy reported:
 * X-Forwarded-For is read from the right, where each proxy appends the peer it
 * saw, and never from the left, which the client writes itself.
 */
export const clientAddress = (trust: TrustProxy): ((c: Context) => string) => {
  if ("hops" in trust && trust.hops === 0) return peerAddress;
  const trusted = "ranges" in trust ? trustedBy(trust.ranges) : undefined;
  return (c) => {
    const forwarded = (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => plain(entry.trim()))
      .filter(Boolean);
    // Nearest first: the peer, then what each proxy before it reported.
    const chain = [peerAddress(c), ...forwarded.reverse()];
    if ("hops" in trust) return chain[Math.min(trust.hops, chain.length - 1)] as string;
    let nearest = 0;
    while (nearest < chain.length - 1 && trusted?.(chain[nearest] as string)) nearest++;
    return chain[nearest] as string;
  };
};

/** The eight 16-bit groups of an IPv6 address, "::" expanded (an embedded IPv4 tail counts as two). */
const ipv6Groups = (address: string): string[] => {
  const [head = "", tail] = address.toLowerCase().split("::");
  const split = (part: string) =>
    part === ""
      ? []
      : part.split(":").flatMap((group) => {
          if (isIP(group) !== 4) return [group];
          const [a = 0, b = 0, c = 0, d = 0] = group.split(".").map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const left = split(head);
  const right = tail === undefined ? [] : split(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
};

/**
 * Who a request counts against in the rate limiter: an IPv4 address, or an
 * IPv6 address's /64, the block one subscriber or host usually holds whole,
 * so that walking through its addresses does not buy fresh budgets.
 */
export const rateLimitKey = (address: string): string =>
  isIP(address) === 6
    ? `${ipv6Groups(address)
        .slice(0, 4)
        .map((group) => group.replace(/^0+(?=.)/, ""))
        .join(":")}::/64`
    : address;
