import { describe, expect, it } from "vitest";
import { pdfText } from "./pdf-text.ts";

describe("pdfText", () => {
  it("keeps what Helvetica's WinAnsi encoding can draw", () => {
    expect(pdfText("Docker Swarm: 84/100 – “managed” … café €5")).toBe("Docker Swarm: 84/100 – “managed” … café €5");
  });

  it("spells out common symbols and marks anything else", () => {
    expect(pdfText("3 → 5, x ≥ 2, y ≤ 1, ✓ 漢")).toBe("3 -> 5, x >= 2, y <= 1, yes ?");
  });
});
