import { describe, expect, it } from "vitest";
import { resolveValues } from "./assumptions.ts";
import { deriveFacts, FACT_NAMES, type Facts } from "./facts.ts";
import { changedFacts } from "./fast-leader.ts";

const base = deriveFacts(resolveValues({ teamSize: 12, hosting: ["aws", "edge"], needs: ["gpu"] }));
/** Another value of the same kind. */
const other = (value: unknown): unknown =>
  Array.isArray(value)
    ? [...value, "other"]
    : typeof value === "number"
      ? value + 1
      : typeof value === "boolean"
        ? !value
        : `${String(value)}-other`;

describe("changedFacts", () => {
  it("sets exactly the bit of the one fact that differs, for every fact, in FACT_NAMES order", () => {
    FACT_NAMES.forEach((fact, bit) => {
      const changed = { ...base, [fact]: other(base[fact]) } as Facts;
      expect(changedFacts(base, changed), fact).toBe(1 << bit);
    });
  });

  it("compares lists by their items, not by identity", () => {
    const copy = Object.fromEntries(
      Object.entries(base).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]),
    ) as unknown as Facts;
    expect(changedFacts(base, copy)).toBe(0);
  });
});
