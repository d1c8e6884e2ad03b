import { existsSync, readFileSync, realpathSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ENV_NAMES, loadConfig } from "@platform-advisor/api";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

/*
 * No container engine or cluster runs here: these tests check what can be
 * checked without one. The manifests parse; ports, probe paths and variable
 * names are the server's own; the security settings the issue asks for are set.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const KUSTOMIZE = join(ROOT, "deploy/kubernetes");

// biome-ignore lint/suspicious/noExplicitAny: manifests are untyped data; each test states what it expects.
type Manifest = any;

const readYaml = (path: string): Manifest[] =>
  parseAllDocuments(readFileSync(path, "utf8")).map((document) => {
    expect(document.errors, path).toEqual([]);
    return document.toJS();
  });

const kustomization = readYaml(join(KUSTOMIZE, "kustomization.yaml"))[0];
const resources: Manifest[] = kustomization.resources.flatMap((file: string) => readYaml(join(KUSTOMIZE, file)));
const byKind = (kind: string) => resources.find((resource) => resource.kind === kind);
const deployment = byKind("Deployment");
const container = deployment.spec.template.spec.containers[0];
const envOf = (entries: { name: string }[]) => entries.map((entry) => entry.name);
const defaults = loadConfig({});

describe("the Kustomize base", () => {
  it("lists files that exist and parse, with a Deployment, Service, HPA, PDB and the profile ConfigMap", () => {
    expect(resources.map((resource) => resource.kind).sort()).toEqual(
      ["Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service"].sort(),
    );
    const [generator] = kustomization.configMapGenerator;
    for (const file of generator.files) expect(existsSync(join(KUSTOMIZE, file))).toBe(true);
    readYaml(join(KUSTOMIZE, generator.files[0]));
    const profileVolume = deployment.spec.template.spec.volumes.find(
      (volume: Manifest) => volume.configMap?.name === generator.name,
    );
    expect(profileVolume).toBeDefined();
  });

  it("probes /api/health for liveness and /api/ready for readiness, on the port the server listens on", () => {
    const [port] = container.ports;
    const env = podEnv();
    expect(loadConfig(env).port).toBe(port.containerPort);
    expect(loadConfig(env).host).toBe("0.0.0.0");
    expect(container.livenessProbe.httpGet).toEqual({ path: "/api/health", port: port.name });
    expect(container.startupProbe.httpGet).toEqual({ path: "/api/health", port: port.name });
    expect(container.readinessProbe.httpGet).toEqual({ path: "/api/ready", port: port.name });
    expect(byKind("Service").spec.ports[0].targetPort).toBe(port.name);
  });

  it("sets only variables the server reads (or that arriving features read), each with a valid value", () => {
    for (const name of envOf(container.env)) expect(ENV_NAMES).toContain(name);
    const config = loadConfig(podEnv());
    // The base ships the example profile of docs/: an internal platform and a compliance question.
    expect(config.profile?.metadata.name).toBe("acme");
    expect(config.profile?.spec.platforms?.custom?.map((platform) => platform.id)).toEqual(["org-runway"]);
    expect(config.profile?.spec.questions?.map((question) => question.id)).toEqual(["cardholder-data"]);
    // SIGTERM to exit must fit in the grace period.
    const graceMs = deployment.spec.template.spec.terminationGracePeriodSeconds * 1000;
    expect(config.shutdownDrainMs + config.shutdownTimeoutMs).toBeLessThan(graceMs);
  });

  it("ships the same profile docs/ shows as the example, not a copy that drifts", () => {
    const generator = kustomization.configMapGenerator[0];
    expect(realpathSync(join(ROOT, "docs/org-profile.example.yaml"))).toBe(
      realpathSync(join(ROOT, "deploy/kubernetes", generator.files[0])),
    );
  });

  /**
   * The variables the pod sets, with ORG_PROFILE pointing where the ConfigMap's source file sits in this
   * repository instead of where the pod mounts it: the server reads and validates the real profile.
   */
  const podEnv = () => {
    const generator = kustomization.configMapGenerator[0];
    const mounted = Object.fromEntries(
      container.env.filter((e: Manifest) => "value" in e).map((e: Manifest) => [e.name, e.value]),
    );
    const file = basename(String(mounted.ORG_PROFILE ?? ""));
    const source = generator.files.find((candidate: string) => basename(candidate) === file);
    return source ? { ...mounted, ORG_PROFILE: join(KUSTOMIZE, source) } : mounted;
  };

  it("runs as non-root with a read-only root filesystem and no privilege escalation, writing only to emptyDirs", () => {
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ["ALL"] },
    });
    const volumes = new Map(pod.volumes.map((volume: Manifest) => [volume.name, volume]));
    for (const mount of container.volumeMounts) {
      const volume = volumes.get(mount.name) as Manifest;
      expect(volume, mount.name).toBeDefined();
      if (!mount.readOnly) expect(volume.emptyDir, `${mount.mountPath} is writable, so an emptyDir`).toBeDefined();
    }
    expect(container.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.resources.limits.memory).toEqual(expect.any(String));
  });

  it("scales and protects the same pods", () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    expect(byKind("PodDisruptionBudget").spec.selector.matchLabels).toEqual(labels);
    expect(byKind("Service").spec.selector).toEqual(labels);
    const hpa = byKind("HorizontalPodAutoscaler");
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: "Deployment", name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(byKind("PodDisruptionBudget").spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
  });
});

describe("the Dockerfile", () => {
  const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
  const instructions = (name: string) =>
    dockerfile
      .replace(/\\\n\s*/g, " ")
      .split("\n")
      .filter((line) => line.startsWith(`${name} `))
      .map((line) => line.slice(name.length + 1));

  it("builds in stages on a slim Node LTS image and keeps only production dependencies", () => {
    expect(instructions("FROM").length).toBeGreaterThanOrEqual(3);
    expect(instructions("ARG")).toContainEqual(expect.stringMatching(/^NODE_IMAGE=node:(22|24)-\w+-slim$/));
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
  });

  it("runs as a non-root user, listens on 0.0.0.0 at the port it exposes, and checks /api/health", () => {
    expect(instructions("USER")).toEqual(["1000:1000"]);
    const env = Object.fromEntries(
      instructions("ENV")
        .join(" ")
        .split(/\s+/)
        .filter((pair) => pair.includes("="))
        .map((pair) => pair.split("=") as [string, string]),
    );
    for (const name of Object.keys(env).filter((name) => name !== "NODE_ENV")) expect(ENV_NAMES).toContain(name);
    const config = loadConfig(env);
    expect(config.host).toBe("0.0.0.0");
    expect(instructions("EXPOSE")).toEqual([String(config.port)]);
    expect(instructions("HEALTHCHECK")[0]).toContain("/api/health");
    expect(instructions("STOPSIGNAL")).toEqual(["SIGTERM"]);
  });

  it("leaves node_modules and builds out of the context", () => {
    const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n");
    expect(ignored).toEqual(expect.arrayContaining(["**/node_modules", "**/dist", ".git"]));
  });
});

describe("compose.yaml", () => {
  const [compose] = readYaml(join(ROOT, "compose.yaml"));

  it("runs the advisor with PostgreSQL on a volume", () => {
    const { advisor, postgres } = compose.services;
    expect(advisor.environment.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
    expect(advisor.depends_on.postgres.condition).toBe("service_healthy");
    const [dataVolume] = postgres.volumes[0].split(":");
    expect(Object.keys(compose.volumes)).toContain(dataVolume);
    expect(postgres.healthcheck.test.join(" ")).toContain("pg_isready");
  });

  it("sets only variables the server reads (or that arriving features read), on the port it publishes", () => {
    const { advisor } = compose.services;
    for (const name of Object.keys(advisor.environment)) expect(ENV_NAMES).toContain(name);
    const config = loadConfig({ PORT: advisor.environment.PORT, HOST: advisor.environment.HOST });
    expect(advisor.ports[0]).toMatch(new RegExp(`:${config.port}$`));
    expect(config.host).toBe("0.0.0.0");
    expect(defaults.port).toBe(config.port);
  });
});
