import { describe, expect, it } from "vitest";
import { acceptsGzip } from "./accepts-gzip.ts";

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["GZIP", true],
    ["*", true],
    ["deflate", false],
    ["gzip;q=0", false],
    ["*, gzip;q=0", false],
    ["identity", false],
    [undefined, false],
  ])("%s: %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
