import { OrgProfile, Recommendation } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { NoEligiblePlatformError } from "./no-eligible-platform.ts";
import { profileExclusions, profileFirings, profileRef, withProfileDefaults } from "./profile.ts";
import { ProfileError, parseProfile } from "./profile-file.ts";
import { recommend } from "./recommend.ts";
import { checkProfile } from "./verify/profile-check.ts";

const AWS_ONLY = OrgProfile.parse({
  apiVersion: "platform-advisor/v1",
  metadata: { name: "acme", revision: 3 },
  spec: {
    platforms: {
      allowed: [
        { id: "managed-kubernetes", reason: "EKS is our paved road" },
        { id: "amazon-ecs", reason: "ECS on our EC2 fleet" },
        { id: "aws-fargate", reason: "Fargate for small services" },
      ],
    },
    defaults: { hosting: ["aws"], environment: "production" },
    adjustments: [{ platform: "aws-fargate", points: 5, reason: "Our platform team runs Fargate for you" }],
  },
});

describe("organisation profile", () => {
  it("excludes every platform that is not allowed, or that is forbidden, with the profile's reason", () => {
    expect([...profileExclusions(AWS_ONLY).keys()]).toHaveLength(12);
    expect(profileExclusions(AWS_ONLY).get("docker-swarm")).toMatch(/Not among the platforms acme supports/);
    const forbidding = OrgProfile.parse({
      apiVersion: "platform-advisor/v1",
      metadata: { name: "acme", revision: "2026-11" },
      spec: { platforms: { forbidden: [{ id: "mesos", reason: "End of life here" }] } },
    });
    expect([...profileExclusions(forbidding)]).toEqual([["mesos", "End of life here"]]);
  });

  it("fills only unanswered questions from its defaults, and says so", () => {
    const { answers, assumptions } = withProfileDefaults(AWS_ONLY, { hosting: ["gcp"] });
    expect(answers).toEqual({ hosting: ["gcp"], environment: "production" });
    expect(assumptions).toEqual([
      expect.objectContaining({ question: "environment", value: "production", source: "Organisation profile acme r3" }),
    ]);
    expect(withProfileDefaults(undefined, { teamSize: 3 })).toEqual({ answers: { teamSize: 3 }, assumptions: [] });
  });

  it("hashes the content, not the key order", () => {
    const reordered = OrgProfile.parse({
      spec: AWS_ONLY.spec,
      metadata: AWS_ONLY.metadata,
      apiVersion: AWS_ONLY.apiVersion,
    });
    expect(profileRef(reordered)).toEqual(profileRef(AWS_ONLY));
    expect(profileRef(AWS_ONLY)).toMatchObject({
      name: "acme",
      revision: 3,
      hash: expect.stringMatching(/^sha256:[0-9a-f]{16}$/),
    });
    const bumped = { ...AWS_ONLY, metadata: { name: "acme", revision: 4 } };
    expect(profileRef(bumped).hash).not.toBe(profileRef(AWS_ONLY).hash);
  });

  it("memoises its firings per profile", () => {
    expect(profileFirings(AWS_ONLY)).toBe(profileFirings(AWS_ONLY));
    expect(profileFirings(undefined)).toEqual([]);
  });

  it("takes part in recommend: exclusions, defaults, adjustments and the reference", async () => {
    const plain = await recommend({ teamSize: 4, containerCount: 30 });
    const result = Recommendation.parse(await recommend({ teamSize: 4, containerCount: 30 }, { profile: AWS_ONLY }));
    expect(["managed-kubernetes", "amazon-ecs", "aws-fargate"]).toContain(result.recommended);
    expect(result.profile).toEqual(profileRef(AWS_ONLY));
    expect(plain.profile).toBeUndefined();
    const swarm = result.ranking.find((entry) => entry.platform === "docker-swarm")!;
    expect(swarm.eligible).toBe(false);
    expect(swarm.reasons).toContainEqual(
      expect.objectContaining({ impact: null, source: "Organisation profile acme r3" }),
    );
    const fargate = result.ranking.find((entry) => entry.platform === "aws-fargate")!;
    expect(fargate.reasons).toContainEqual(
      expect.objectContaining({ text: "Our platform team runs Fargate for you", impact: 5 }),
    );
    expect(
      result.assumptions.filter((a) => a.source === "Organisation profile acme r3").map((a) => a.question),
    ).toEqual(["environment", "hosting"]);
    expect(result.answers.hosting).toEqual(["aws"]);
    expect(
      result.whatIf.every((whatIf) => ["managed-kubernetes", "amazon-ecs", "aws-fargate"].includes(whatIf.recommended)),
    ).toBe(true);
  });

  it("throws a NoEligiblePlatformError when the profile leaves nothing eligible", async () => {
    const onPremOnlyAws = OrgProfile.parse({
      ...AWS_ONLY,
      spec: { platforms: { allowed: [{ id: "aws-fargate", reason: "only this" }] } },
    });
    await expect(recommend({ hosting: ["on-prem"] }, { profile: onPremOnlyAws })).rejects.toBeInstanceOf(
      NoEligiblePlatformError,
    );
    const check = checkProfile(onPremOnlyAws);
    expect(check.noEligible).toBeGreaterThan(0);
    expect(check.examples.length).toBeGreaterThan(0);
  });

  it("parses YAML and JSON and names the field at fault", () => {
    const yaml =
      "apiVersion: platform-advisor/v1\nmetadata: {name: acme, revision: 1}\nspec:\n  platforms:\n    forbidden:\n      - {id: mesos, reason: gone}\n";
    expect(parseProfile(yaml).spec.platforms?.forbidden?.[0]?.id).toBe("mesos");
    expect(parseProfile(JSON.stringify(AWS_ONLY))).toEqual(AWS_ONLY);
    expect(() => parseProfile(yaml.replace("mesos", "openshift"))).toThrow(/spec\.platforms\.forbidden\.0\.id/);
    expect(() => parseProfile(`${yaml}  adjustments: [{platform: k3s, points: 500, reason: x}]\n`)).toThrow(
      ProfileError,
    );
    expect(() => parseProfile("apiVersion: [")).toThrow(/not valid YAML or JSON/);
  });
});
