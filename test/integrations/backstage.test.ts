import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { testApp } from "../api/harness.ts";

const dir = new URL("../../integrations/backstage/", import.meta.url);
const read = (name: string) => {
  const documents = parseAllDocuments(readFileSync(fileURLToPath(new URL(name, dir)), "utf8"));
  for (const document of documents) expect(document.errors, name).toEqual([]);
  return documents.map((document) => document.toJS());
};

type Step = {
  id: string;
  action: string;
  input: { method?: string; path?: string; params?: Record<string, string>; body?: Record<string, unknown> };
};

const openApiPaths = async () => {
  const { app } = testApp();
  const document = await (await app.request("/api/v1/openapi.json")).json();
  return document.paths as Record<string, Record<string, unknown>>;
};

/** An OpenAPI path template (/api/v1/assessments/{id}) as a pattern for a concrete path. */
const matches = (template: string, path: string) =>
  new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path.replace(/\$\{\{[^}]+\}\}/g, "x"));

describe("the Backstage example", () => {
  it("registers an API entity whose definition is the served OpenAPI document", async () => {
    const [api, component] = read("catalog-info.yaml");
    expect(api).toMatchObject({ kind: "API", spec: { type: "openapi" } });
    const url = new URL(api.spec.definition.$text);
    expect(url.pathname).toBe("/api/v1/openapi.json");
    const { app } = testApp();
    expect((await app.request(url.pathname)).status).toBe(200);
    expect(component.spec.providesApis).toEqual([api.metadata.name]);
  });

  it("proxies to the API's /api/v1 with the caller's own token, which carries the user's groups", () => {
    const [config] = read("app-config.yaml");
    const endpoint = config.proxy.endpoints["/platform-advisor"];
    expect(new URL(endpoint.target).pathname).toBe("/api/v1");
    expect(endpoint.credentials).toBe("forward");
    expect(endpoint.headers?.Authorization).toBeUndefined();
    expect(config.auth.omitIdentityTokenOwnershipClaim).toBe(false);
  });

  it("asks for the compact view, and saves for the owning team as Backstage names it", async () => {
    const [template] = read("template.yaml");
    const steps = template.spec.steps as Step[];
    const recommend = steps.find((step) => step.id === "recommend");
    const paths = await openApiPaths();
    const operation = paths["/api/v1/recommendations"]?.post as
      | { parameters: { name: string; schema: { enum: string[] } }[] }
      | undefined;
    const view = operation?.parameters.find((parameter) => parameter.name === "view");
    expect(view?.schema.enum).toContain(recommend?.input.params?.view);
    expect(recommend?.input.params?.view).toBe("summary");
    const save = steps.find((step) => step.id === "save");
    expect((save?.input.body?.workload as { team?: string } | undefined)?.team).toBe(`\${{ parameters.owner }}`);
    const [skeleton] = read("skeleton/catalog-info.yaml");
    expect(skeleton.metadata.annotations["platform-advisor/answers"]).toBe(`\${{ values.answers | dump }}`);
  });

  it("calls only paths and methods that the OpenAPI document has, and annotates the component", async () => {
    const [template] = read("template.yaml");
    const [config] = read("app-config.yaml");
    const prefix = `/proxy/platform-advisor`;
    const base = new URL(config.proxy.endpoints["/platform-advisor"].target).pathname;
    const paths = await openApiPaths();
    const calls = (template.spec.steps as Step[]).filter((step) => step.action === "http:backstage:request");
    expect(calls.map((step) => step.id)).toEqual(["recommend", "save"]);
    for (const step of calls) {
      expect(step.input.path?.startsWith(prefix), step.id).toBe(true);
      const path = `${base}${(step.input.path ?? "").slice(prefix.length)}`;
      const template = Object.keys(paths).find((candidate) => matches(candidate, path));
      expect(template, path).toBeDefined();
      expect(Object.keys(paths[template ?? ""] ?? {}), path).toContain(step.input.method?.toLowerCase());
    }
    for (const link of template.spec.output.links as { url: string }[]) {
      const path = `${base}${link.url.slice(`/api${prefix}`.length)}`;
      expect(
        Object.keys(paths).some((candidate) => matches(candidate, path)),
        path,
      ).toBe(true);
    }
    const [skeleton] = read("skeleton/catalog-info.yaml");
    expect(skeleton.metadata.annotations["platform-advisor/assessment-id"]).toBe(`\${{ values.assessmentId }}`);
    const fetch = (template.spec.steps as (Step & { input: { values: Record<string, string> } })[]).find(
      (step) => step.action === "fetch:template",
    );
    expect(fetch?.input.values.assessmentId).toBe(`\${{ steps.save.output.body.id }}`);
  });
});
