import { describe, expect, it } from "vitest";
import { preferredCoding } from "./accept-encoding.ts";

describe("preferredCoding", () => {
  it.each([
    ["gzip, deflate, br", "br"],
    ["br;q=1.0, gzip;q=0.8", "br"],
    ["br;q=0.5, gzip;q=0.8", "gzip"],
    ["gzip", "gzip"],
    ["GZIP", "gzip"],
    ["br", "br"],
    ["*", "br"],
    ["*, br;q=0", "gzip"],
    ["deflate", null],
    ["gzip;q=0", null],
    ["*, gzip;q=0, br;q=0", null],
    ["*;q=0", null],
    ["gzip;q=abc", null],
    ["identity", null],
    [undefined, null],
  ])("%s: %s", (header, expected) => {
    expect(preferredCoding(header)).toBe(expected);
  });
});
