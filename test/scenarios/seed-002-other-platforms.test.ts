import { recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { expectLeader, platformEntry } from "./recommend-for.ts";

describe("seed 002 §4.4 Other Platforms", () => {
  it("HashiCorp Nomad for mixed workloads: containers, VMs and batch jobs", async () => {
    await expectLeader(
      { teamSize: 20, containerCount: 50, workloads: ["stateless", "non-container", "batch"] },
      "nomad",
    );
  });

  it("Azure Container Apps: managed Kubernetes with a simplified UX, on Azure", async () => {
    await expectLeader(
      { teamSize: 20, containerCount: 50, hosting: ["azure"], scaling: "scale-to-zero" },
      "azure-container-apps",
    );
  });

  it("Google Cloud Run: serverless containers that scale to zero", async () => {
    await expectLeader(
      { teamSize: 6, containerCount: 30, hosting: ["gcp"], scaling: "scale-to-zero" },
      "google-cloud-run",
    );
  });

  it("Apache Mesos: explained to teams on it, never recommended", async () => {
    const result = await recommend({ currentPlatform: "mesos", teamSize: 30, containerCount: 300 });
    const mesos = platformEntry(result, "mesos");
    expect(result.recommended).not.toBe("mesos");
    expect(mesos.eligible).toBe(false);
    expect(mesos.reasons[0]?.text).toMatch(/retired/);
  });
});
