import { readFileSync } from "node:fs";
import {
  type Answers,
  type AnyPlatformId,
  CATALOGUE,
  catalogueOf,
  OrgProfile,
  PLATFORM_IDS,
  type PlatformId,
  Recommendation,
  serviceName,
} from "@platform-advisor/model";
import { parse } from "yaml";

const ELIGIBLE: AnyPlatformId[] = ["docker-swarm", "kubernetes", "k3s", "nomad", "docker-compose"];

/**
 * A complete, schema-valid recommendation for renderer tests: every platform
 * ranked, some excluded, text with characters that need escaping. Renderer
 * tests use it so they do not change when the ruleset does.
 */
export const sampleRecommendation = (): Recommendation => {
  const eligible = ELIGIBLE.map((id) => CATALOGUE.find((p) => p.id === id)!);
  const excluded = CATALOGUE.filter((p) => !ELIGIBLE.includes(p.id));
  const ranking = [
    ...eligible.map((platform, index) => ({
      platform: platform.id,
      name: platform.name,
      rank: index + 1,
      score: 84 - index * 9,
      // Points and score are different units: the margin is 13 points, the score gap 9.
      points: 97 - index * 13,
      eligible: true,
      complexity: platform.complexity.value,
      capability: platform.capability.value,
      unmet: [],
      reasons: [
        {
          text: `40 containers on 3 hosts is past what one host should carry | ${platform.name}`,
          impact: 12 - index,
          source: "002_4683bd5b26358492.txt: 4.5 Choosing the Right Platform",
        },
        {
          text: "Steeper learning curve than the team's <Docker> experience → slower start",
          impact: -(index + 2),
          source: "004_d181c29a59f1c81b.txt: 3. Kubernetes vs. Docker Swarm",
        },
      ],
    })),
    ...excluded.map((platform, index) => ({
      platform: platform.id,
      name: platform.name,
      rank: eligible.length + index + 1,
      score: 0,
      points: 0,
      eligible: false,
      complexity: platform.complexity.value,
      capability: platform.capability.value,
      unmet: [],
      reasons: [
        { text: `${platform.name} runs only where you do not host`, impact: null, source: platform.runsOn.source },
      ],
    })),
  ];
  return Recommendation.parse({
    recommended: "docker-swarm",
    ranking,
    assumptions: [
      {
        question: "highAvailability",
        value: false,
        text: "Not answered: assumed that a person may act when a host fails",
        source: "003_f0ae5b987c050a3a.txt: When You Need Orchestration",
      },
    ],
    whatIf: [
      { change: { containerCount: 150 }, recommended: "kubernetes", text: "Past 100 containers, Kubernetes pays off" },
    ],
    growthPath: [
      { dimension: "containerCount", factor: 10, value: 400, recommended: "kubernetes", text: "At 400 containers" },
    ],
    basePoints: 74,
    growthSummary: "At 10× (400 containers), Kubernetes leads.",
    margin: 13,
    scoreMargin: 9,
    certainty: {
      level: "clear",
      text: "Docker Swarm meets every requirement you stated and leads Kubernetes (self-managed) by 9 score points; 1 answer assumed.",
    },
    conflicts: [],
    ignored: [],
    requirements: { capability: 5, complexityBudget: 4, complexityWeight: 3 },
    answers: {
      environment: "production",
      teamSize: 8,
      containerCount: 40,
      hostCount: 3,
      hosting: ["on-prem"],
      highAvailability: false,
      experience: "docker",
    },
    rulesetVersion: "test-1",
  });
};

/**
 * The sample with what the decision model adds when answers pull apart: a
 * conflict with a stated preference, an answer the path does not use, and an
 * organisation profile.
 */
export const sampleRecommendationWithConflicts = (): Recommendation => {
  const sample = sampleRecommendation();
  const unmet = [
    {
      question: "management" as const,
      text: "You asked for serverless; Docker Swarm runs on servers you operate",
    },
  ];
  return Recommendation.parse({
    ...sample,
    ranking: sample.ranking.map((entry, index) => (index === 0 ? { ...entry, unmet } : entry)),
    answers: { ...sample.answers, management: "serverless" },
    certainty: {
      level: "trade-off",
      text: "No platform meets every requirement you stated: Docker Swarm leaves 1 requirement unmet (management), and the others leave more or score lower.",
    },
    conflicts: [
      {
        question: "management",
        text: "You asked for serverless; Docker Swarm runs on servers you operate. The best serverless option is Google Cloud Run.",
      },
    ],
    ignored: [
      {
        question: "currentPlatform",
        text: "What runs the workload today is not asked on this path; it changes nothing.",
      },
    ],
    profile: { name: "Acme platform policy", revision: 3, hash: "sha256:0123abcd" },
  });
};

/**
 * The sample for another team: these platforms eligible, in this order (the first recommended), each named as the
 * rules name it for the hosting (Amazon EKS on AWS), with these answers on top of the sample's.
 */
export const sampleRecommendationFor = (eligible: PlatformId[], answers: Answers): Recommendation => {
  const sample = sampleRecommendation();
  const [first] = sample.ranking;
  const order: PlatformId[] = [...eligible, ...PLATFORM_IDS.filter((id) => !eligible.includes(id))];
  const ranking = order.map((id, index) => {
    const platform = CATALOGUE.find((candidate) => candidate.id === id)!;
    const base = sample.ranking.find((entry) => entry.platform === id) ?? first!;
    const fits = eligible.includes(id);
    return {
      ...base,
      platform: id,
      name: serviceName(platform, answers.hosting ?? []),
      rank: index + 1,
      score: fits ? 84 - index * 9 : 0,
      points: fits ? 97 - index * 13 : 0,
      eligible: fits,
      complexity: platform.complexity.value,
      capability: platform.capability.value,
      reasons: fits
        ? (first?.reasons ?? [])
        : [{ text: `${platform.name} runs only where you do not host`, impact: null, source: platform.runsOn.source }],
    };
  });
  return Recommendation.parse({
    ...sample,
    recommended: eligible[0],
    ranking,
    answers: { ...sample.answers, ...answers },
  });
};

/** The repository's example organisation profile (v2): the internal platform org-runway, the cardholder-data question. */
export const exampleProfile = (): OrgProfile =>
  OrgProfile.parse(parse(readFileSync(new URL("../../../docs/org-profile.example.yaml", import.meta.url), "utf8")));

/**
 * The sample as the example profile makes it when a team answers that it handles cardholder data: the internal
 * platform Acme Runway leads, citing the profile's documents with their links, and Docker Swarm, outside the PCI DSS
 * scope, falls behind with the requirement unmet.
 */
export const sampleOrgRecommendation = (profile: OrgProfile = exampleProfile()): Recommendation => {
  const sample = sampleRecommendation();
  const runway = catalogueOf(profile).platform("org-runway");
  const [handbook, pci] = runway.sources ?? [];
  const unmetPci = {
    question: "custom.cardholder-data" as const,
    text: "Cardholder data may run only inside Acme's PCI DSS scope; Docker Swarm is not in it",
  };
  const leader = {
    platform: runway.id,
    name: runway.name,
    rank: 1,
    score: 90,
    points: 110,
    eligible: true,
    complexity: runway.complexity.value,
    capability: runway.capability.value,
    unmet: [],
    reasons: [
      {
        text: "Acme Runway is inside Acme's assessed PCI DSS scope",
        impact: 14,
        source: pci?.title ?? "",
        ...(pci?.href ? { href: pci.href } : {}),
      },
      {
        text: "Acme Platform Engineering runs the clusters; the team sizes its namespaces",
        impact: 8,
        source: handbook?.title ?? "",
        ...(handbook?.href ? { href: handbook.href } : {}),
      },
    ],
  };
  const ranking = [
    leader,
    ...sample.ranking.map((entry, index) => ({
      ...entry,
      rank: entry.rank + 1,
      ...(index === 0 ? { unmet: [unmetPci] } : {}),
    })),
  ];
  return Recommendation.parse({
    ...sample,
    recommended: runway.id,
    ranking,
    margin: 13,
    scoreMargin: 6,
    certainty: { level: "clear", text: "Acme Runway meets every requirement you stated and leads Docker Swarm." },
    profile: { name: profile.metadata.name, revision: profile.metadata.revision, hash: "sha256:0123abcd" },
  });
};
