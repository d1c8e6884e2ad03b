import { describe, expect, it } from "vitest";
import { CAPABILITY_IDS, CapabilityCell } from "./capability.ts";
import { CAPABILITY_MATRIX, capabilityCells } from "./capability-matrix.ts";
import { PLATFORM_IDS, type PlatformId } from "./platform-id.ts";

/** No check is dated in the future: a contributor who checks a cell today dates it today (UTC). */
const TODAY = new Date().toISOString().slice(0, 10);
const level = (platform: PlatformId, id: (typeof CAPABILITY_IDS)[number]) => CAPABILITY_MATRIX[platform][id].level;

describe("capability matrix", () => {
  it("has a cell for every capability of every platform, and nothing else", () => {
    expect(Object.keys(CAPABILITY_MATRIX).sort()).toEqual([...PLATFORM_IDS].sort());
    for (const platform of PLATFORM_IDS) {
      expect(Object.keys(CAPABILITY_MATRIX[platform]).sort(), platform).toEqual([...CAPABILITY_IDS].sort());
    }
  });

  it("returns cells in CAPABILITY_IDS order with the id filled in, each valid against the schema", () => {
    for (const platform of PLATFORM_IDS) {
      const cells = capabilityCells(platform);
      expect(cells.map((cell) => cell.id)).toEqual([...CAPABILITY_IDS]);
      for (const cell of cells) expect(() => CapabilityCell.parse(cell), `${platform} ${cell.id}`).not.toThrow();
    }
  });

  it("rejects an unknown platform with a clear error", () => {
    expect(() => capabilityCells("openshift" as PlatformId)).toThrow(/Unknown platform "openshift"/);
  });

  it("names the add-on or edition exactly when the level needs one", () => {
    for (const platform of PLATFORM_IDS) {
      for (const cell of capabilityCells(platform)) {
        const needsVia = cell.level === "add-on" || cell.level === "edition";
        expect(Boolean(cell.via?.trim()), `${platform} ${cell.id} (${cell.level})`).toBe(needsVia);
      }
    }
  });

  it("dates every check on or before today, and names its source", () => {
    for (const platform of PLATFORM_IDS) {
      for (const cell of capabilityCells(platform)) {
        expect(cell.checked, `${platform} ${cell.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(cell.checked <= TODAY, `${platform} ${cell.id} checked ${cell.checked}`).toBe(true);
        expect(cell.source.trim().length, `${platform} ${cell.id}`).toBeGreaterThan(0);
        if (cell.href !== undefined) expect(cell.href, `${platform} ${cell.id}`).toMatch(/^https:\/\//);
      }
    }
  });
});

describe("expert corrections stay corrected", () => {
  it("Fargate and ECS scale queue workers to zero (services take a minimum of 0; event-started tasks leave nothing idle)", () => {
    expect(level("aws-fargate", "scale-to-zero-workers")).toBe("native");
    expect(level("amazon-ecs", "scale-to-zero-workers")).toBe("native");
    expect(level("aws-fargate", "event-driven-scaling")).toBe("native");
  });

  it("Fargate does not wake HTTP services on a request and has no GPUs", () => {
    expect(level("aws-fargate", "scale-to-zero-http")).toBe("none");
    expect(level("aws-fargate", "gpu")).toBe("none");
  });

  it("EKS on Fargate keeps Kubernetes admission policies", () => {
    const cell = CAPABILITY_MATRIX["aws-fargate"]["policy-enforcement"];
    expect(cell.level).toBe("native");
    expect(cell.note).toMatch(/EKS on Fargate/);
  });

  it("K3s is certified Kubernetes: same event-driven and scale-to-zero story as Kubernetes", () => {
    for (const id of [
      "event-driven-scaling",
      "scale-to-zero-http",
      "scale-to-zero-workers",
      "policy-enforcement",
    ] as const) {
      expect(level("k3s", id), id).toBe(level("kubernetes", id));
      expect(CAPABILITY_MATRIX.k3s[id].via, id).toBe(CAPABILITY_MATRIX.kubernetes[id].via);
    }
    expect(level("kubernetes", "event-driven-scaling")).toBe("add-on");
    expect(CAPABILITY_MATRIX.kubernetes["scale-to-zero-workers"].via).toBe("KEDA");
  });

  it("K3s needs Fleet or GitOps to roll out to a fleet; the IoT runtimes do it natively", () => {
    expect(level("k3s", "fleet-rollout")).toBe("add-on");
    expect(CAPABILITY_MATRIX.k3s["fleet-rollout"].via).toMatch(/Fleet/);
    expect(level("iot-edge", "fleet-rollout")).toBe("native");
  });

  it("Cloud Run: HTTP only, no raw TCP/UDP; GPUs native; file mounts exist but no database-grade volume", () => {
    expect(level("google-cloud-run", "tcp-udp-ingress")).toBe("none");
    expect(level("google-cloud-run", "gpu")).toBe("native");
    const volumes = CAPABILITY_MATRIX["google-cloud-run"]["stateful-volumes"];
    expect(volumes.level).toBe("none");
    expect(volumes.note).toMatch(/NFS/);
    expect(volumes.note).toMatch(/Cloud Storage/);
  });

  it("Container Apps take TCP but not UDP, and say so", () => {
    const cell = CAPABILITY_MATRIX["azure-container-apps"]["tcp-udp-ingress"];
    // "Other TCP or UDP" promises both (game servers and VoIP first): TCP alone does not meet it.
    expect(cell.level).toBe("none");
    expect(cell.note).toMatch(/TCP ingress only/);
    expect(cell.note).toMatch(/no UDP/);
  });

  it("Nomad: namespaces and ACLs in the community edition, quotas and Sentinel in Enterprise", () => {
    const tenancy = CAPABILITY_MATRIX.nomad["multi-tenancy"];
    expect(tenancy.level).toBe("native");
    expect(tenancy.note).toMatch(/quotas.*Enterprise/);
    const policy = CAPABILITY_MATRIX.nomad["policy-enforcement"];
    expect(policy.level).toBe("edition");
    expect(policy.via).toMatch(/Nomad Enterprise/);
    expect(level("nomad", "non-container-workloads")).toBe("native");
    expect(level("nomad", "autoscaling")).toBe("add-on");
  });

  it("non-container work: Nomad runs binaries; Kubernetes and ECS schedule containers only", () => {
    expect(level("kubernetes", "non-container-workloads")).toBe("none");
    expect(CAPABILITY_MATRIX.kubernetes["non-container-workloads"].note).toMatch(/KubeVirt/);
    expect(level("amazon-ecs", "non-container-workloads")).toBe("none");
  });

  it("single-host platforms have no failover", () => {
    for (const platform of ["docker-compose", "docker-engine", "azure-container-instances"] as const) {
      expect(level(platform, "failover"), platform).toBe("none");
    }
    expect(level("iot-edge", "failover")).toBe("none");
  });
});
