import { describe, expect, it } from "vitest";
import { treePath } from "./tree-path.ts";

const walk = (answers: Parameters<typeof treePath>[0]) =>
  treePath(answers).map((step) => (step.answer ? `${step.node.id}:${step.answer}` : step.node.id));

describe("treePath", () => {
  it("walks each of seed 002's five leaves", () => {
    expect(walk({ teamSize: 3, containerCount: 8 })).toEqual(["team:yes", "containers:yes", "compose"]);
    expect(walk({ teamSize: 3, containerCount: 40 })).toEqual(["team:yes", "containers:no", "swarm"]);
    expect(walk({ teamSize: 25, hosting: ["on-prem"] })).toEqual(["team:no", "multiOrOnPrem:yes", "kubernetes"]);
    expect(walk({ teamSize: 25, hosting: ["aws", "gcp"] })).toEqual(["team:no", "multiOrOnPrem:yes", "kubernetes"]);
    expect(walk({ teamSize: 25, hosting: ["aws"] })).toEqual([
      "team:no",
      "multiOrOnPrem:no",
      "awsOnly:yes",
      "ecsFargate",
    ]);
    expect(walk({ teamSize: 25, hosting: ["gcp"] })).toEqual([
      "team:no",
      "multiOrOnPrem:no",
      "awsOnly:no",
      "managedKubernetes",
    ]);
  });

  it("counts 10 engineers and 20 containers as past the tree's lines", () => {
    expect(walk({ teamSize: 10, hosting: ["gcp"] })[0]).toBe("team:no");
    expect(walk({ teamSize: 9, containerCount: 20 })[1]).toBe("containers:no");
  });
});
