import { describe, expect, it } from "vitest";
import { formatCount } from "./explain.ts";

describe("formatCount", () => {
  it("writes every number as en-US does, on its fast path for small whole numbers and off it", () => {
    const values = [0, -0, 1, 7, 999, 1000, 1001, 20_000, 1_234_567, 0.5, 1.58, 999.5, -3, -1000, 2.345678];
    for (let v = 0; v < 2500; v += 7) values.push(v);
    for (const value of values) expect(formatCount(value), String(value)).toBe(value.toLocaleString("en-US"));
  });
});
