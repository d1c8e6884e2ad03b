import { readFileSync } from "node:fs";
import { Answers, QUESTION_IDS } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { testApp } from "../api/harness.ts";

/*
 * docs/api.md is the contract of record in the repository. It is written by hand, so this checks it against
 * what the server publishes: every route, and every field of the shapes a client reads, is named on the page.
 */

const PAGE = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
/** Every name that appears in code on the page (`field`, `{ id, name?, team? }`). */
const NAMES_IN_CODE = new Set(
  [...PAGE.matchAll(/`([^`]+)`/g)].flatMap(([, code]) => code?.match(/[A-Za-z]\w*/g) ?? []),
);

type Schema = { properties?: Record<string, unknown> };
type Document = {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Schema> };
};

const openApi = async (): Promise<Document> => {
  const { app } = testApp();
  const response = await app.request("/api/v1/openapi.json");
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
};

const METHODS = new Set(["get", "post", "put", "patch", "delete"]);

/** The shapes a client reads or sends; their fields must each be named on the page. */
const DOCUMENTED = [
  "Recommendation",
  "RankedPlatform",
  "Reason",
  "Certainty",
  "RecommendationSummary",
  "RankedPlatformSummary",
  "CapabilityCell",
  "Problem",
  "FieldError",
  "Assessment",
  "AssessmentDetail",
  "AssessmentSummary",
  "AssessmentList",
  "Workload",
  "Portfolio",
  "ReportRequest",
  "BatchRequest",
  "BatchResponse",
];

describe("docs/api.md", () => {
  it("names every route of the OpenAPI document", async () => {
    const document = await openApi();
    const routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => METHODS.has(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => !PAGE.includes(`\`${route}`))).toEqual([]);
  });

  it("names every field of the shapes a client reads", async () => {
    const { schemas } = (await openApi()).components;
    const missing = DOCUMENTED.flatMap((name) => {
      const schema = schemas[name];
      if (!schema?.properties) return [`${name} (no such schema in the OpenAPI document)`];
      return Object.keys(schema.properties)
        .filter((field) => !NAMES_IN_CODE.has(field))
        .map((field) => `${name}.${field}`);
    });
    expect(missing).toEqual([]);
  });

  it("names every answer field", () => {
    expect(Object.keys(Answers.shape).length).toBeGreaterThan(QUESTION_IDS.length - 1);
    expect(Object.keys(Answers.shape).filter((field) => !PAGE.includes(`| \`${field}\``))).toEqual([]);
  });
});
