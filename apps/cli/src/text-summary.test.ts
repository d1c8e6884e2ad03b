import { readFileSync } from "node:fs";
import { catalogueOf, type Recommendation } from "@platform-advisor/model";
import { parseProfile } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { textSummary } from "./text-summary.ts";

const plain = { bold: String, dim: String, green: String, red: String, yellow: String };

const entry = (
  platform: "docker-swarm" | "kubernetes",
  name: string,
  score: number,
  unmet: Recommendation["ranking"][number]["unmet"] = [],
) => ({
  platform,
  name,
  rank: 1,
  score,
  points: score,
  eligible: true,
  complexity: 3,
  capability: 5,
  unmet,
  reasons: [{ text: `${name} fits`, impact: 10, source: "002_4683bd5b26358492.txt: 4.5 Choosing the Right Platform" }],
});

const recommendation = (unmet: Recommendation["ranking"][number]["unmet"] = []): Recommendation => ({
  recommended: "docker-swarm",
  ranking: [
    entry("docker-swarm", "Docker Swarm", 79.04, unmet),
    { ...entry("kubernetes", "Kubernetes", 62.46), rank: 2 },
  ],
  assumptions: [],
  whatIf: [],
  growthPath: [],
  growthSummary: "",
  basePoints: 50,
  margin: 26.4,
  scoreMargin: 16.6,
  certainty: { level: unmet.length ? "trade-off" : "clear", text: "Sure." },
  conflicts: [],
  ignored: [],
  requirements: { capability: 4, complexityBudget: 5, complexityWeight: 3 },
  answers: {},
  rulesetVersion: "test",
});

describe("textSummary", () => {
  it("states the gap in score points, as the two shown scores subtract, never the points margin", () => {
    const text = textSummary(recommendation(), plain, { highAvailability: true, hosting: ["on-prem"] });
    expect(text).toContain("score 79 of 100");
    expect(text).toContain("Runner-up: Kubernetes, score 62.5, 16.5 below 79.");
    expect(text).not.toContain("26.4");
    expect(text).toContain("Clear choice. Sure.");
    expect(text).toContain(
      "Docker Swarm meets all 2 of your stated requirements (Where it runs: Our own data centre (on-prem); Survives a lost host: Yes).",
    );
  });

  it("names the requirement the pick leaves unmet", () => {
    const text = textSummary(
      recommendation([{ question: "highAvailability", text: "Swarm needs three managers to survive a lost host" }]),
      plain,
      { highAvailability: true, hosting: ["on-prem"] },
    );
    expect(text).toContain("Trade-off.");
    expect(text).toContain(
      "meets 1 of your 2 stated requirements; not: Survives a lost host: Yes (Swarm needs three managers to survive a lost host).",
    );
  });
});

describe("textSummary under an organisation profile (v2)", () => {
  const example = new URL("../../../docs/org-profile.example.yaml", import.meta.url);
  const catalogue = catalogueOf(parseProfile(readFileSync(example, "utf8")));
  const runway = (): Recommendation => {
    const base = recommendation();
    return {
      ...base,
      recommended: "org-runway",
      ranking: [
        { ...entry("docker-swarm", "Acme Runway", 80), platform: "org-runway" },
        { ...entry("docker-swarm", "Docker Swarm", 40), rank: 2 },
        { ...entry("kubernetes", "Kubernetes", 0), rank: 3, eligible: false },
      ],
      conflicts: [{ question: "custom.cardholder-data", text: "Not in the PCI DSS scope." }],
    };
  };

  it("names the organisation's own platform and every platform that is out by name", () => {
    const text = textSummary(runway(), plain, {}, catalogue);
    expect(text).toContain("Recommended: Acme Runway (org-runway), score 80 of 100");
    expect(text).toContain("1 platform is out: Kubernetes");
  });

  it("lists the answers to the profile's questions by prompt and label, and a conflict by the prompt", () => {
    const text = textSummary(runway(), plain, { custom: { "cardholder-data": "yes" } }, catalogue);
    expect(text).toContain(
      "The organisation's questions\n  Does the workload store, process or transmit payment card data? Yes, cardholder data\n",
    );
    expect(text).toContain(
      "Not honoured\n  Does the workload store, process or transmit payment card data?: Not in the PCI DSS scope.",
    );
  });
});
