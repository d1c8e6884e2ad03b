import { Answers } from "@platform-advisor/model";

/** mulberry32: a tiny seeded generator, so every run loads the same answer sets. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const pick = (next: () => number, values: readonly unknown[]): unknown => values[Math.floor(next() * values.length)];

const CHOICES = {
  environment: [undefined, "production", "staging", "development"],
  teamSize: [undefined, 1, 3, 5, 8, 12, 20, 35, 60, 120, 400],
  containerCount: [undefined, 1, 4, 10, 25, 40, 80, 150, 400, 2000, 20_000],
  hostCount: [undefined, 1, 2, 3, 5, 10, 30, 200, 1500, 6000],
  hosting: [
    undefined,
    ["aws"],
    ["gcp"],
    ["azure"],
    ["on-prem"],
    ["edge"],
    ["aws", "gcp"],
    ["on-prem", "aws"],
    ["other-cloud"],
  ],
  management: [undefined, "serverless", "managed", "self-managed", "no-preference"],
  highAvailability: [undefined, true, false],
  scaling: [undefined, "fixed", "manual", "automatic", "scale-to-zero"],
  zeroDowntimeDeploys: [undefined, true, false],
  experience: [undefined, "none", "docker", "swarm", "kubernetes", "nomad", "ecs"],
  workloads: [
    undefined,
    ["stateless"],
    ["stateful"],
    ["stateless", "batch"],
    ["non-container", "batch"],
    ["event-driven"],
  ],
  needs: [undefined, [], ["ecosystem"], ["policy-enforcement", "multi-tenancy"], ["custom-scheduling"]],
  currentPlatform: [undefined, "none", "docker-compose", "docker-swarm", "kubernetes", "amazon-ecs", "mesos"],
} as const;

/** `count` different valid answer sets, the same on every run. */
export const answerSets = (count: number, seed = 42): Answers[] => {
  const next = random(seed);
  const seen = new Set<string>();
  const sets: Answers[] = [];
  while (sets.length < count) {
    const draft = Object.fromEntries(
      Object.entries(CHOICES)
        .map(([question, values]) => [question, pick(next, values)])
        .filter(([, value]) => value !== undefined),
    );
    const answers = Answers.parse(draft);
    const key = JSON.stringify(answers);
    if (seen.has(key)) continue;
    seen.add(key);
    sets.push(answers);
  }
  return sets;
};
