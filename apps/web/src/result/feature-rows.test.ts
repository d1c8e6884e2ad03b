import { FEATURE_LABELS, FEATURE_ROWS as MODEL_ROWS } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { FEATURE_ROWS } from "./feature-rows.ts";

describe("FEATURE_ROWS", () => {
  it("matches the model's rows, order and labels", () => {
    expect(FEATURE_ROWS).toEqual(MODEL_ROWS.map((row) => ({ row, label: FEATURE_LABELS[row] })));
  });
});
