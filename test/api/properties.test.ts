import { Problem, RecommendationRequest } from "@platform-advisor/api";
import { Recommendation } from "@platform-advisor/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validAnswers } from "../properties/answers-arbitrary.ts";
import { expectContract, json, testApp } from "./harness.ts";

const RUNS = { numRuns: 150, seed: 3 };
const { app } = testApp({ RATE_LIMIT_MAX: "0" });

const post = (path: string, body: string, contentType = "application/json") =>
  app.request(path, { method: "POST", headers: { "content-type": contentType }, body });

/** Valid answers with one field broken: a wrong type, a value out of range, a duplicate, an unknown key. */
const brokenAnswers = fc.oneof(
  fc
    .record({
      answers: validAnswers,
      field: fc.constantFrom(
        "teamSize",
        "containerCount",
        "hostCount",
        "hosting",
        "environment",
        "highAvailability",
        "needs",
      ),
      value: fc.oneof(
        fc.string(),
        fc.integer({ min: -5, max: 0 }),
        fc.double(),
        fc.constant(null),
        fc.constant([]),
        fc.object(),
      ),
    })
    .map(({ answers, field, value }) => ({ answers: { ...answers, [field]: value } })),
  validAnswers.map((answers) => ({ answers: { ...answers, teamSize: 100_001 } })),
  validAnswers.map((answers) => ({ answers: { ...answers, hosting: ["aws", "aws"] } })),
  fc.record({ answers: validAnswers, key: fc.string({ minLength: 1 }) }).map(({ answers, key }) => ({
    answers: { ...answers, [`x-${key}`]: 1 },
  })),
);

/** Bodies of any shape: JSON values, broken JSON, near-misses of a valid request. */
const anyBody = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
  fc.string().map((tail) => `{"answers": {${tail}`),
  brokenAnswers.map((body) => JSON.stringify(body)),
);

describe("POST /api/v1/recommendations (fast-check)", () => {
  it("answers random valid answers with 200 and keeps the contract", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, async (answers) => {
        const response = await post("/api/v1/recommendations", JSON.stringify({ answers }));
        expect(response.status).toBe(200);
        const recommendation = Recommendation.parse(await response.json());
        expectContract(recommendation);
      }),
      RUNS,
    );
  });

  it("answers random invalid bodies with a 4xx problem, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        anyBody,
        fc.constantFrom("application/json", "text/plain", "application/merge-patch+json"),
        async (body, type) => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(body);
          } catch {}
          fc.pre(!RecommendationRequest.safeParse(parsed).success);
          const response = await post("/api/v1/recommendations", body, type);
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect(response.headers.get("content-type")).toBe("application/problem+json");
          const problem = Problem.parse(await response.json());
          if (problem.errors) expect(problem.errors.length).toBeGreaterThan(0);
        },
      ),
      { ...RUNS, numRuns: 200 },
    );
  });

  it("points every validation error of broken answers at a field under answers", async () => {
    await fc.assert(
      fc.asyncProperty(brokenAnswers, async (body) => {
        fc.pre(!RecommendationRequest.safeParse(body).success);
        const response = await post("/api/v1/recommendations", JSON.stringify(body));
        expect(response.status).toBe(400);
        const problem = Problem.parse(await response.json());
        for (const error of problem.errors ?? []) expect(error.path).toMatch(/^answers\.[\w-]/);
      }),
      RUNS,
    );
  });
});

describe("POST /api/v1/recommendations/batch (fast-check)", () => {
  it("gives each item the status it would get on its own", async () => {
    const item = fc.oneof(
      validAnswers.map((answers) => ({ answers })),
      brokenAnswers,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 12 }), async (items) => {
        const response = await app.request("/api/v1/recommendations/batch", json({ items }));
        expect(response.status).toBe(200);
        const body = await response.json();
        expect(body.results).toHaveLength(items.length);
        body.results.forEach((result: { status: number; recommendation?: Recommendation }, index: number) => {
          const valid = RecommendationRequest.safeParse(items[index]).success;
          expect(result.status).toBe(valid ? 200 : 400);
          if (result.recommendation) expectContract(result.recommendation);
        });
      }),
      { ...RUNS, numRuns: 40 },
    );
  });
});

describe("POST /api/v1/reports (fast-check)", () => {
  it("renders every format for random valid answers", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, fc.constantFrom("md", "html", "pdf", "json"), async (answers, format) => {
        const response = await app.request(`/api/v1/reports?format=${format}`, json({ answers }));
        expect(response.status).toBe(200);
        expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      }),
      { ...RUNS, numRuns: 40 },
    );
  });
});
