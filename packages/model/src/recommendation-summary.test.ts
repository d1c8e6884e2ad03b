import { describe, expect, it } from "vitest";
import { Recommendation } from "./recommendation.ts";
import { RecommendationSummary, summarise } from "./recommendation-summary.ts";

const reason = (text: string, impact: number | null) => ({ text, impact, source: "002_4683bd5b26358492.txt: 4.5" });

/** A recommendation as the rules make one, cut down to two platforms. */
const full = Recommendation.parse({
  recommended: "docker-swarm",
  ranking: [
    {
      platform: "docker-swarm",
      name: "Docker Swarm",
      rank: 1,
      score: 68.9,
      points: 53.8,
      eligible: true,
      complexity: 3,
      capability: 5,
      unmet: [],
      reasons: [reason("40 containers on 3 hosts is past what one host should carry", 12)],
    },
    {
      platform: "aws-fargate",
      name: "AWS Fargate (ECS/EKS)",
      rank: 2,
      score: 0,
      points: 0,
      eligible: false,
      complexity: 2,
      capability: 5,
      unmet: [{ question: "hosting", text: "Runs only on AWS, and you host on-prem" }],
      reasons: [reason("Runs only on AWS, and you host on-prem", null)],
    },
  ],
  assumptions: [{ question: "highAvailability", value: false, text: "Assumed no high availability" }],
  whatIf: [{ change: { containerCount: 150 }, recommended: "kubernetes", text: "At 150 containers, Kubernetes" }],
  growthPath: [],
  growthSummary: "Docker Swarm stays best up to 10x on every axis.",
  basePoints: 40,
  margin: 53.8,
  scoreMargin: 68.9,
  certainty: { level: "clear", text: "Docker Swarm is the only eligible platform." },
  conflicts: [{ question: "hosting", text: "You asked for on-prem; Docker Swarm runs there." }],
  ignored: [],
  profile: { name: "acme", revision: 3, hash: "abc123" },
  requirements: { capability: 4, complexityBudget: 5, complexityWeight: 2 },
  answers: { teamSize: 8, containerCount: 40, hostCount: 3, hosting: ["on-prem"] },
  rulesetVersion: "2.0.0+test",
});

describe("summarise", () => {
  it("keeps the pick, its certainty, margins, conflicts and profile, and the ranking without reasons", () => {
    const summary = summarise(full);
    expect(RecommendationSummary.parse(summary)).toEqual(summary);
    expect(summary).toEqual({
      recommended: "docker-swarm",
      name: "Docker Swarm",
      score: 68.9,
      points: 53.8,
      certainty: full.certainty,
      margin: 53.8,
      scoreMargin: 68.9,
      conflicts: full.conflicts,
      ranking: [
        {
          platform: "docker-swarm",
          name: "Docker Swarm",
          rank: 1,
          score: 68.9,
          points: 53.8,
          eligible: true,
          unmet: [],
        },
        {
          platform: "aws-fargate",
          name: "AWS Fargate (ECS/EKS)",
          rank: 2,
          score: 0,
          points: 0,
          eligible: false,
          unmet: [{ question: "hosting", text: "Runs only on AWS, and you host on-prem" }],
        },
      ],
      rulesetVersion: "2.0.0+test",
      profile: { name: "acme", revision: 3, hash: "abc123" },
    });
  });

  it("leaves out the profile when none is in force, and writes fields in the schema's order", () => {
    const { profile: _, ...withoutProfile } = full;
    const summary = summarise(withoutProfile);
    expect(summary).not.toHaveProperty("profile");
    expect(Object.keys(summary)).toEqual(Object.keys(RecommendationSummary.shape).filter((key) => key !== "profile"));
  });

  it("carries no reasons, what-ifs, assumptions or answers", () => {
    const json = JSON.stringify(summarise(full));
    for (const key of ["reasons", "whatIf", "assumptions", "answers", "growthPath"])
      expect(json).not.toContain(`"${key}"`);
  });
});
