import { describe, expect, it } from "vitest";
import { Answers } from "./index.ts";

describe("Answers", () => {
  it("accepts an empty object: every field is optional", () => {
    expect(Answers.parse({})).toEqual({});
  });

  it("rejects unknown fields, naming them", () => {
    const result = Answers.safeParse({ teamsize: 3 });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain("teamsize");
  });

  it.each([
    [{ teamSize: 0 }, "teamSize"],
    [{ teamSize: 1.5 }, "teamSize"],
    [{ containerCount: 10_000_001 }, "containerCount"],
    [{ hostCount: 1_000_001 }, "hostCount"],
    [{ hosting: [] }, "hosting"],
    [{ hosting: ["aws", "aws"] }, "hosting"],
    [{ workloads: ["batch", "batch"] }, "workloads"],
    [{ currentPlatform: "openshift" }, "currentPlatform"],
    [{ highAvailability: "yes" }, "highAvailability"],
  ])("rejects %j at %s", (input, field) => {
    const result = Answers.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it("accepts the contract's bounds", () => {
    expect(Answers.safeParse({ teamSize: 100_000, containerCount: 10_000_000, hostCount: 1_000_000 }).success).toBe(
      true,
    );
  });
});
