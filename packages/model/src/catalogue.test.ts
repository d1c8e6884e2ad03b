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

  it("keeps the documented node limits: Swarm about 1,000 (then out), Kubernetes no more than 5,000 (then several clusters)", () => {
    const hostLimit = (id: Parameters<typeof platformById>[0]) =>
      platformById(id).limits.find((limit) => limit.maxHosts !== undefined);
    expect(hostLimit("docker-swarm")).toMatchObject({ maxHosts: 1000, beyond: "ineligible" });
    expect(hostLimit("kubernetes")).toMatchObject({ maxHosts: 5000, beyond: "several-clusters" });
    expect(hostLimit("kubernetes")?.text).not.toContain("5,000+");
    expect(hostLimit("kubernetes")?.source).toBe("Kubernetes docs: Considerations for large clusters");
    expect(hostLimit("managed-kubernetes")).toMatchObject({ maxHosts: 5000, beyond: "several-clusters" });
    expect(hostLimit("managed-kubernetes")?.text).toContain("GKE up to 15,000");
    expect(hostLimit("k3s")).toMatchObject({ maxHosts: 2700, beyond: "several-clusters" });
    expect(hostLimit("k3s")?.source).toContain("Server Sizing Guide");
  });

  it("gives single-host platforms a one-host limit that excludes beyond it", () => {
    for (const platform of CATALOGUE.filter((p) => p.scope.value === "single-host")) {
      const limit = platform.limits.find((l) => l.maxHosts !== undefined);
      expect(limit?.maxHosts, platform.id).toBe(1);
      expect(limit?.beyond ?? "ineligible", platform.id).toBe("ineligible");
    }
  });

  it("runs managed Kubernetes on other clouds and on-prem too, naming each provider's service", () => {
    const managed = platformById("managed-kubernetes");
    expect(managed.runsOn.value).toEqual(expect.arrayContaining(["aws", "azure", "gcp", "other-cloud", "on-prem"]));
    expect(managed.serviceNames?.aws?.name).toBe("Amazon EKS");
    expect(managed.serviceNames?.gcp?.name).toBe("Google Kubernetes Engine (GKE)");
    expect(managed.serviceNames?.azure?.name).toBe("Azure Kubernetes Service (AKS)");
    expect(managed.serviceNames?.["other-cloud"]?.name).toContain("DigitalOcean");
    expect(managed.serviceNames?.["on-prem"]?.name).toContain("EKS Anywhere");
    expect(managed.cannot.map((c) => c.text).join(" ")).not.toMatch(/only on AWS, Azure or Google Cloud/);
  });

  it("names a service only for a hosting target the platform runs on or is managed from", () => {
    for (const platform of CATALOGUE) {
      const targets = new Set([...platform.runsOn.value, ...(platform.managedFrom?.value ?? [])]);
      for (const target of Object.keys(platform.serviceNames ?? {})) {
        expect(targets.has(target as never), `${platform.id} ${target}`).toBe(true);
      }
    }
  });

  it("puts IoT runtimes on the devices, managed from AWS and Azure, as edge fleets", () => {
    const iot = platformById("iot-edge");
    expect(iot.runsOn.value).toEqual(["edge"]);
    expect(iot.managedFrom?.value).toEqual(expect.arrayContaining(["aws", "azure"]));
    expect(iot.traits).toContain("edge-fleet");
    expect(iot.serviceNames?.aws?.name).toBe("AWS IoT Greengrass");
    expect(iot.serviceNames?.azure?.name).toBe("Azure IoT Edge");
  });

  it("gives edge-fleet only to platforms that run on edge devices", () => {
    for (const platform of CATALOGUE.filter((p) => p.traits.includes("edge-fleet"))) {
      expect(platform.traits, platform.id).toContain("edge-devices");
      expect(platform.runsOn.value, platform.id).toContain("edge");
    }
  });

  it("runs Swarm on edge devices, as Docker Engine does", () => {
    const swarm = platformById("docker-swarm");
    expect(swarm.runsOn.value).toContain("edge");
    expect(swarm.traits).toContain("edge-devices");
    expect(platformById("docker-engine").runsOn.value).toContain("edge");
  });

  it("gives Fargate storage: EBS and EFS volumes make it fit stateful workloads", () => {
    const fargate = platformById("aws-fargate");
    expect(fargate.traits).toContain("stateful-workloads");
    expect(fargate.traitSources["stateful-workloads"]).toContain("Amazon EBS volumes");
  });

  it("lets the developer PaaS scale to zero and keep state on volumes, in its own cloud", () => {
    const paas = platformById("paas");
    expect(paas.traits).toEqual(expect.arrayContaining(["scales-to-zero", "stateful-workloads"]));
    expect(paas.traitSources["scales-to-zero"]).toContain("Autostop/autostart");
    expect(paas.runsOn.value).toEqual(["other-cloud"]);
  });

  it("fits Azure Container Instances to batch work while keeping what it cannot do", () => {
    const aci = platformById("azure-container-instances");
    expect(aci.traits).toContain("batch-jobs");
    expect(aci.traitSources["batch-jobs"]).toContain("restart policies");
    expect(aci.traits).not.toContain("autoscaling");
    expect(aci.traits).not.toContain("rolling-updates");
    expect(aci.traits).not.toContain("built-in-load-balancer");
  });

  it("keeps scale to zero on Kubernetes honest: an add-on, never a native trait", () => {
    for (const id of ["kubernetes", "managed-kubernetes", "k3s"] as const) {
      const platform = platformById(id);
      expect(platform.traits).not.toContain("scales-to-zero");
      const cell = platform.capabilities.find((c) => c.id === "scale-to-zero-http");
      expect(cell?.level, id).toBe("add-on");
      expect(cell?.via, id).toMatch(/Knative/);
    }
  });

  it("cites Cloud Run jobs and Eventarc for batch and events, and gives Cloud Run no stateful trait", () => {
    const run = platformById("google-cloud-run");
    expect(run.traitSources["batch-jobs"]).toContain("Create jobs");
    expect(run.traitSources["event-driven"]).toContain("Eventarc");
    expect(run.traits).not.toContain("stateful-workloads");
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
