import { describe, expect, it } from "vitest";
import {
  CATALOGUE,
  FEATURE_ROWS,
  type HostingTarget,
  hostedServices,
  PLATFORM_IDS,
  Platform,
  platformById,
  platformFor,
} from "./index.ts";

/** Documents by provider: a view for one provider's cloud cites none of the others'. */
const PROVIDER_DOCUMENTS: Partial<Record<HostingTarget, RegExp>> = {
  aws: /\bEKS\b|Amazon|AWS|Greengrass/,
  gcp: /\bGKE\b|Google/,
  azure: /\bAKS\b|Azure/,
};

const viewSources = (platform: Platform) => [
  ...FEATURE_ROWS.map((row) => platform.features[row].source),
  ...(platform.operations ? [platform.operations.source] : []),
  ...(platform.lockIn ? [platform.lockIn.source] : []),
];

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

  it("names the provider and cites its own documents for a team on one cloud (GKE's overview for Google Cloud)", () => {
    for (const platform of CATALOGUE.filter((p) => p.serviceNames)) {
      for (const [target, own] of Object.entries(PROVIDER_DOCUMENTS) as [HostingTarget, RegExp][]) {
        if (!platform.serviceNames?.[target]) continue;
        const view = platformFor(platform, [target]);
        const others = Object.entries(PROVIDER_DOCUMENTS).filter(([other]) => other !== target);
        // Vendor documents only: a seed's section may compare several providers' services in one table.
        const vendorDocuments = viewSources(view).flatMap((source) =>
          source.split("; ").filter((citation) => !/^\d{3}_[0-9a-f]{16}\.txt/.test(citation)),
        );
        for (const citation of vendorDocuments) {
          for (const [other, documents] of others) {
            const foreign = documents.test(citation) && !own.test(citation);
            expect(foreign, `${platform.id} on ${target} cites ${other}: ${citation}`).toBe(false);
          }
        }
      }
    }
    const gke = platformFor(platformById("managed-kubernetes"), ["gcp"]);
    expect(gke.vendor).toBe("Google Cloud");
    expect(gke.features.setup.value).toMatch(/Google runs the control plane/);
    expect(gke.operations?.text).toMatch(/GKE runs the control plane/);
  });

  it("says on-prem that the team runs the control plane on its own hardware, and only there", () => {
    const managed = platformById("managed-kubernetes");
    const onPrem = platformFor(managed, ["on-prem"]);
    expect(onPrem.features.setup.value).not.toMatch(/cloud runs/);
    expect(onPrem.features.setup.value).toMatch(/your team runs the control plane on its own hardware/);
    expect(onPrem.operations?.text).toMatch(/the team runs the control plane and the worker nodes on its own hardware/);
    // A drawback tied to some targets reaches only the teams that host there.
    const tied = { ...managed, cannot: [{ text: "Your own hardware", source: "test", hosting: ["on-prem" as const] }] };
    expect(platformFor(tied, ["on-prem", "azure"]).cannot).toHaveLength(1);
    expect(platformFor(tied, ["gcp"]).cannot).toEqual([]);
    expect(platformFor(tied, []).cannot).toHaveLength(1);
    // Several targets: the platform's own entry, which holds for all of them, and each target's own service.
    const both = platformFor(managed, ["on-prem", "azure"]);
    expect(both.vendor).toBe(managed.vendor);
    expect(both.features.setup.value).toMatch(/complex on-prem, where your team runs it/);
    expect(hostedServices(managed, ["on-prem", "azure"]).map((service) => service.vendor)).toEqual([
      "AWS, Microsoft, Google (their on-prem editions)",
      "Microsoft Azure",
    ]);
  });

  it("names the IoT service a fleet depends on for the cloud it is managed from", () => {
    const azure = platformFor(platformById("iot-edge"), ["edge", "azure"]);
    expect(azure.vendor).toBe("Microsoft Azure");
    expect(azure.lockIn?.text).toMatch(/Azure IoT Hub/);
    expect(azure.operations?.text).toMatch(/^Azure IoT Hub, run by Microsoft, sends each device its deployment/);
    expect(viewSources(azure).join(" ")).not.toMatch(/Greengrass/);
    expect(platformFor(platformById("iot-edge"), ["edge", "aws"]).lockIn?.text).toMatch(/AWS IoT Greengrass/);
  });

  it("keeps every generic entry true wherever the platform runs: no one provider's words or documents alone", () => {
    const managed = platformById("managed-kubernetes");
    for (const row of FEATURE_ROWS) {
      expect(managed.features[row].value, row).not.toMatch(/the cloud runs|cloud VPC|cloud KMS|cloud load balancers/);
      expect(managed.features[row].source, row).not.toBe("Amazon EKS User Guide");
    }
    expect(platformById("paas").lockIn?.text).not.toMatch(/Another cloud/);
  });
});
