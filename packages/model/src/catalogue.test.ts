import { describe, expect, it } from "vitest";
import { CATALOGUE, PLATFORM_IDS, Platform, platformById } from "./index.ts";

describe("catalogue", () => {
  it("holds every platform of the contract exactly once, in contract order", () => {
    expect(CATALOGUE.map((platform) => platform.id)).toEqual([...PLATFORM_IDS]);
  });

  it("cites a source for every trait the rules select platforms by", () => {
    for (const platform of CATALOGUE) {
      expect(Object.keys(platform.traitSources).sort()).toEqual([...platform.traits].sort());
      for (const trait of platform.traits) expect(platform.traitSources[trait], `${platform.id} ${trait}`).not.toBe("");
    }
  });

  it("validates against its own schema", () => {
    for (const platform of CATALOGUE) expect(() => Platform.parse(platform)).not.toThrow();
  });

  it("orders the chart of seed 002 §4.5: Compose < Swarm < ECS/ACA < Kubernetes on both axes", () => {
    const order = ["docker-compose", "docker-swarm", "amazon-ecs", "kubernetes"] as const;
    for (const axis of ["complexity", "capability"] as const) {
      const values = order.map((id) => platformById(id)[axis].value);
      expect([...values].sort((a, b) => a - b)).toEqual(values);
      expect(new Set(values).size).toBe(values.length);
    }
    expect(platformById("azure-container-apps").complexity.value).toBeLessThan(
      platformById("kubernetes").complexity.value,
    );
    expect(platformById("azure-container-apps").complexity.value).toBeGreaterThan(
      platformById("docker-swarm").complexity.value,
    );
  });

  it("keeps the documented node limits: Swarm about 1,000, Kubernetes 5,000+", () => {
    expect(platformById("docker-swarm").limits.some((limit) => limit.maxHosts === 1000)).toBe(true);
    expect(platformById("kubernetes").limits.some((limit) => limit.maxHosts === 5000)).toBe(true);
  });

  it("marks Mesos inactive and only Mesos", () => {
    expect(CATALOGUE.filter((platform) => platform.status === "inactive").map((p) => p.id)).toEqual(["mesos"]);
  });

  it("says what Azure Container Instances cannot do", () => {
    const cannot = platformById("azure-container-instances").cannot.map((c) => c.text);
    expect(cannot).toContain("No autoscaling");
    expect(cannot).toContain("No built-in load balancer");
  });

  it("gives the single-host trait only to platforms whose scope is a single host", () => {
    for (const platform of CATALOGUE.filter((p) => p.traits.includes("single-host"))) {
      expect(platform.scope.value).toBe("single-host");
    }
  });
});
