import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

/*
 * The Kustomize base, rendered, against the Kubernetes API schemas (kubernetes-models, offline). With kubectl
 * installed the render is kubectl's own (`kubectl kustomize`); without it, this file renders the base itself:
 * the listed resources, the generated ConfigMap, the common labels and the image, which is all the base uses.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BASE = join(ROOT, "deploy/kubernetes");

// biome-ignore lint/suspicious/noExplicitAny: manifests are untyped data until the schemas have checked them.
type Manifest = any;

const parseYaml = (text: string, origin: string): Manifest[] =>
  parseAllDocuments(text)
    .map((document) => {
      expect(document.errors, origin).toEqual([]);
      return document.toJS();
    })
    .filter((document) => document !== null);

const kubectl = (() => {
  try {
    execFileSync("kubectl", ["version", "--client"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** The base as the test renders it without kubectl (the ConfigMap's name has no content hash here). */
const renderBase = (): Manifest[] => {
  const [kustomization] = parseYaml(readFileSync(join(BASE, "kustomization.yaml"), "utf8"), "kustomization.yaml");
  const labels: Record<string, string> = Object.assign(
    {},
    ...(kustomization.labels ?? []).map((entry: Manifest) => entry.pairs),
  );
  const resources: Manifest[] = kustomization.resources.flatMap((file: string) =>
    parseYaml(readFileSync(join(BASE, file), "utf8"), file),
  );
  for (const generator of kustomization.configMapGenerator ?? []) {
    const data = Object.fromEntries(
      generator.files.map((file: string) => [basename(file), readFileSync(join(BASE, file), "utf8")]),
    );
    resources.push({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: generator.name }, data });
  }
  const selecting = (kustomization.labels ?? []).some((entry: Manifest) => entry.includeSelectors);
  for (const resource of resources) {
    resource.metadata.labels = { ...resource.metadata.labels, ...labels };
    if (selecting) {
      const template = resource.spec?.template?.metadata;
      if (template) template.labels = { ...template.labels, ...labels };
      if (resource.spec?.selector?.matchLabels) Object.assign(resource.spec.selector.matchLabels, labels);
      else if (resource.kind === "Service" && resource.spec?.selector) Object.assign(resource.spec.selector, labels);
    }
    for (const container of resource.spec?.template?.spec?.containers ?? []) {
      const image = (kustomization.images ?? []).find((entry: Manifest) => entry.name === container.image);
      if (image) container.image = `${image.newName ?? image.name}:${image.newTag ?? "latest"}`;
    }
  }
  return resources;
};

const rendered: Manifest[] = kubectl
  ? parseYaml(execFileSync("kubectl", ["kustomize", BASE], { encoding: "utf8" }), "kubectl kustomize")
  : renderBase();

/** The kubernetes-models module of an apiVersion: "apps/v1" -> kubernetes-models/apps/v1, "v1" -> .../v1. */
const modelOf = async (resource: Manifest) => {
  const models = await import(`kubernetes-models/${resource.apiVersion}`);
  const Model = models[resource.kind];
  expect(Model, `${resource.apiVersion} ${resource.kind} is a Kubernetes kind`).toBeTypeOf("function");
  return Model as new (
    data: unknown,
  ) => { validate: () => void };
};

describe(`the Kustomize base, rendered by ${kubectl ? "kubectl kustomize" : "the test (no kubectl here)"}`, () => {
  it("holds the Deployment, Service, autoscaler, disruption budget and profile ConfigMap", () => {
    expect(rendered.map((resource) => resource.kind).sort()).toEqual([
      "ConfigMap",
      "Deployment",
      "HorizontalPodAutoscaler",
      "PodDisruptionBudget",
      "Service",
    ]);
  });

  it("is what kubectl renders, when kubectl is here: the test's own render is not a guess", () => {
    // Kustomize appends a hash of the ConfigMap's content to its name and to the references to it.
    const unhashed = (resources: Manifest[]) =>
      JSON.parse(JSON.stringify(resources).replaceAll(/"(platform-advisor-profile)-[a-z0-9]{10}"/g, '"$1"')).sort(
        (a: Manifest, b: Manifest) => a.kind.localeCompare(b.kind),
      );
    expect(unhashed(renderBase())).toEqual(unhashed(rendered));
  });

  it("validates, object by object, against the Kubernetes API schemas", async () => {
    for (const resource of rendered) {
      const Model = await modelOf(resource);
      expect(() => new Model(resource).validate(), `${resource.kind} ${resource.metadata.name}`).not.toThrow();
    }
  });

  it("would be refused with a wrong type or a bad quantity (the validator is not a no-op)", async () => {
    const deployment = structuredClone(rendered.find((resource) => resource.kind === "Deployment"));
    const Deployment = await modelOf(deployment);
    deployment.spec.replicas = "two";
    expect(() => new Deployment(deployment).validate()).toThrow(/replicas/);
    const service = structuredClone(rendered.find((resource) => resource.kind === "Service"));
    const Service = await modelOf(service);
    delete service.spec.ports[0].port;
    expect(() => new Service(service).validate()).toThrow(/port/);
  });

  it("asks for memory above the measured peak under load and limits it below twice that (deploy/README.md)", () => {
    const deployment = rendered.find((resource) => resource.kind === "Deployment");
    const { requests, limits } = deployment.spec.template.spec.containers[0].resources;
    const mebibytes = (quantity: string) => {
      const match = /^(\d+)(Mi|Gi)$/.exec(quantity);
      expect(match, quantity).not.toBeNull();
      return Number(match?.[1]) * (match?.[2] === "Gi" ? 1024 : 1);
    };
    // 321 MB (306 MiB): the built server's peak after recommendations, PDF reports, saves and lists.
    const measuredPeakMiB = 306;
    expect(mebibytes(requests.memory)).toBeGreaterThanOrEqual(measuredPeakMiB);
    expect(mebibytes(limits.memory)).toBeGreaterThanOrEqual(mebibytes(requests.memory));
    expect(mebibytes(limits.memory)).toBeLessThan(2 * measuredPeakMiB);
    expect(limits.cpu).toBeUndefined();
  });
});
