import { describe, expect, it } from "vitest";
import { portfolioCsv, portfolioSeries } from "./portfolio-series.ts";

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

describe("portfolioCsv", () => {
  it("writes one row per recommended platform, with how many run elsewhere, safe for spreadsheets", () => {
    const csv = portfolioCsv(
      {
        workloads: 3,
        byRecommended: { "docker-swarm": 2, "=cmd": 1 },
        drift: [
          {
            workload: { id: "a" },
            currentPlatform: "docker-compose",
            recommended: "docker-swarm",
          },
        ],
        stale: 0,
      },
      (id) => (id === "docker-swarm" ? "Docker Swarm, the built-in one" : id),
    );
    expect(csv).toBe(
      "platform_id,platform,workloads,running_elsewhere\r\ndocker-swarm,\"Docker Swarm, the built-in one\",2,1\r\n'=cmd,'=cmd,1,0\r\n",
    );
  });
});
