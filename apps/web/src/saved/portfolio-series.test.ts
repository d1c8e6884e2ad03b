import { describe, expect, it } from "vitest";
import { portfolioSeries } from "./portfolio-series.ts";

describe("portfolioSeries", () => {
  it("orders bars by workloads, then by name, and drops empty ones", () => {
    const names: Record<string, string> = { k3s: "K3s", "docker-swarm": "Docker Swarm", paas: "PaaS" };
    expect(portfolioSeries({ k3s: 2, "docker-swarm": 2, paas: 5, mesos: 0 }, (id) => names[id] ?? id)).toEqual([
      { platform: "paas", name: "PaaS", workloads: 5 },
      { platform: "docker-swarm", name: "Docker Swarm", workloads: 2 },
      { platform: "k3s", name: "K3s", workloads: 2 },
    ]);
    expect(portfolioSeries({}, (id) => id)).toEqual([]);
  });
});
