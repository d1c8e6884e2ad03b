import { describe, expect, it } from "vitest";
import { coveringArray3 } from "./covering-array.ts";

describe("coveringArray3", () => {
  it("covers every triple of levels of every three factors", () => {
    const levels = [3, 2, 4, 2, 3];
    const rows = coveringArray3(levels);
    for (let a = 0; a < levels.length; a++)
      for (let b = a + 1; b < levels.length; b++)
        for (let c = b + 1; c < levels.length; c++)
          for (let x = 0; x < levels[a]!; x++)
            for (let y = 0; y < levels[b]!; y++)
              for (let z = 0; z < levels[c]!; z++)
                expect(
                  rows.some((row) => row[a] === x && row[b] === y && row[c] === z),
                  `${a}${b}${c}:${x}${y}${z}`,
                ).toBe(true);
  });

  it("is far smaller than the full product and the same on every run", () => {
    const levels = [5, 5, 5, 5, 5, 5];
    const rows = coveringArray3(levels);
    expect(rows.length).toBeLessThan(5 ** 6 / 20);
    expect(coveringArray3(levels)).toEqual(rows);
  });
});
