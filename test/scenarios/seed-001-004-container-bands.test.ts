import { describe, it } from "vitest";
import { expectLeader } from "./recommend-for.ts";

describe("seed 001 My Take and seed 004 Rule of Thumb: container-count bands", () => {
  it.each([1, 5, 9])("seed 001 small scale / seed 004 < 10 containers (%i): Docker Compose", async (containerCount) => {
    await expectLeader({ containerCount }, "docker-compose");
  });

  it.each([10, 40, 99])(
    "seed 001 medium scale 10-100 / seed 004 > 10 containers (%i): Docker Swarm",
    async (containerCount) => {
      await expectLeader({ containerCount }, "docker-swarm");
    },
  );

  it.each([100, 150, 5000])(
    "seed 001 large scale 100+ / seed 004 100+ containers (%i): Kubernetes",
    async (containerCount) => {
      await expectLeader({ containerCount }, "managed-kubernetes");
    },
  );

  it("seed 004: multi-host at any count needs orchestration", async () => {
    await expectLeader({ containerCount: 4, hostCount: 2 }, "docker-swarm");
  });
});
