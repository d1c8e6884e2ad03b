import { describe, expect, it } from "vitest";
import type { RankedPlatform } from "./recommendation.ts";
import { exclusionCause, groupRuledOut, isPluralName } from "./ruled-out.ts";

const out = (name: string, text: string, source = "s"): RankedPlatform =>
  ({ name, eligible: false, reasons: [{ text, impact: null, source }] }) as unknown as RankedPlatform;

describe("groupRuledOut", () => {
  it("puts platforms out for the same cause in one row, with a plural verb; one platform keeps the singular", () => {
    const groups = groupRuledOut([
      { name: "Docker Swarm", eligible: true, reasons: [] } as unknown as RankedPlatform,
      out("AWS Fargate", "AWS Fargate does not run on Google Cloud, and you host on Google Cloud", "a"),
      out("Amazon ECS", "Amazon ECS does not run on Google Cloud, and you host on Google Cloud", "b"),
      out("Apache Mesos", "Apache Mesos is retired: never a choice for new work"),
    ]);
    expect(groups).toEqual([
      {
        cause: "Do not run on Google Cloud, and you host on Google Cloud",
        platforms: ["AWS Fargate", "Amazon ECS"],
        source: "a",
        stated: false,
      },
      { cause: "Is retired: never a choice for new work", platforms: ["Apache Mesos"], source: "s", stated: false },
    ]);
  });

  it("marks a cause that is a sentence of its own (an organisation's reason) as stated", () => {
    const [group] = groupRuledOut([out("Apache Mesos", "Mesos reached end of life here in 2024", "p")]);
    expect(group).toEqual({
      cause: "Mesos reached end of life here in 2024",
      platforms: ["Apache Mesos"],
      source: "p",
      stated: true,
    });
  });

  it("gives a plural name a plural verb, even alone", () => {
    const [group] = groupRuledOut([
      out(
        "IoT edge runtimes (AWS IoT Greengrass)",
        "IoT edge runtimes (AWS IoT Greengrass) runs containers on devices",
      ),
    ]);
    expect(group?.cause).toBe("Run containers on devices");
    expect(isPluralName("Kubernetes (self-managed)")).toBe(false);
    expect(isPluralName("Apache Mesos (Marathon)")).toBe(false);
    expect(isPluralName("Developer PaaS (Fly.io, Railway, Render)")).toBe(false);
  });

  it("keeps a cause that does not start with the name as written", () => {
    expect(exclusionCause("K3s", "Only for edge devices")).toBe("Only for edge devices");
  });
});
