import { readFileSync } from "node:fs";
import { catalogueOf, OrgProfile, verdictOf } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { leaderOf, leadersOf } from "./leader.ts";
import { orgOf } from "./org.ts";
import { parseProfile } from "./profile-file.ts";
import { recommend, recommendSummary } from "./recommend.ts";
import { referenceLeadersOf } from "./reference-leader.ts";
import { checkProfile } from "./verify/profile-check.ts";

const EXAMPLE = parseProfile(readFileSync(new URL("../../../docs/org-profile.example.yaml", import.meta.url), "utf8"));
const YES = { "cardholder-data": "yes" };
const rejected = async (answers: object) => {
  const error = await recommend(answers, { profile: EXAMPLE }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ZodError);
  return (error as ZodError).issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("an organisation's own questions and platforms (profile v2)", () => {
  it("ranks the internal platform like a built-in one, with its own sources", async () => {
    const result = await recommend(
      { hosting: ["on-prem"], teamSize: 20, containerCount: 60, custom: YES },
      { profile: EXAMPLE },
    );
    expect(result.recommended).toBe("org-runway");
    const [runway] = result.ranking;
    expect(runway?.name).toBe("Acme Runway");
    expect(runway?.unmet).toEqual([]);
    const pci = runway?.reasons.find((reason) => reason.text.includes("PCI DSS"));
    expect(pci).toMatchObject({
      impact: 0,
      source: "Acme PCI DSS report on compliance 2026",
      href: "https://compliance.acme.example/pci-dss/2026",
    });
    // Every built-in platform on-prem fails the requirement, named after the question that set it.
    const k3s = result.ranking.find((entry) => entry.platform === "k3s");
    expect(k3s?.unmet).toEqual([
      {
        question: "custom.cardholder-data",
        text: 'Acme has not cleared K3s for PCI DSS scope, which your answer "Yes, cardholder data" requires',
      },
    ]);
    expect(result.answers.custom).toEqual(YES);
  });

  it("makes an unmet custom requirement a trade-off and a conflict naming the option that meets it", async () => {
    const gcp = await recommend({ hosting: ["gcp"], teamSize: 20, custom: YES }, { profile: EXAMPLE });
    expect(gcp.certainty.level).toBe("trade-off");
    expect(gcp.conflicts.map((conflict) => conflict.question)).toContain("custom.cardholder-data");
    // On AWS two built-in platforms are in scope: the requirement decides nothing between them and Runway.
    const aws = await recommend({ hosting: ["aws"], teamSize: 20, custom: YES }, { profile: EXAMPLE });
    expect(aws.ranking.filter((entry) => entry.unmet.length === 0).map((entry) => entry.platform)).toEqual(
      expect.arrayContaining(["aws-fargate", "amazon-ecs", "org-runway"]),
    );
    const swarm = aws.ranking.find((entry) => entry.platform === "docker-swarm");
    expect(swarm?.unmet.map((unmet) => unmet.question)).toEqual(["custom.cardholder-data"]);
    const without = await recommend(
      { hosting: ["aws"], teamSize: 20, custom: { "cardholder-data": "no" } },
      { profile: EXAMPLE },
    );
    expect(without.ranking.find((entry) => entry.platform === "docker-swarm")?.unmet).toEqual([]);
  });

  it("refuses unknown questions and options at custom.<id>", async () => {
    expect(await rejected({ custom: { nope: "x" } })).toEqual([
      'custom.nope: No question "nope" in the organisation profile in force (it asks "cardholder-data")',
    ]);
    expect(await rejected({ custom: { "cardholder-data": "maybe" } })).toEqual([
      'custom.cardholder-data: "maybe" is not an option of "cardholder-data": one of "yes", "no"',
    ]);
    expect(await rejected({ custom: { "cardholder-data": ["yes"] } })).toEqual([
      'custom.cardholder-data: "cardholder-data" takes one value, one of "yes", "no"',
    ]);
    await expect(recommend({ custom: YES })).rejects.toThrow(/defines no questions of its own/);
  });

  it("finds the same leaders on the fast path as on the reference path, with custom answers", () => {
    const hostings = [["aws"], ["on-prem"], ["gcp"], ["aws", "on-prem"], ["azure"]] as const;
    for (const hosting of hostings) {
      for (const custom of [undefined, YES, { "cardholder-data": "no" }]) {
        for (const teamSize of [2, 20, 200]) {
          for (const management of [undefined, "serverless", "self-managed"] as const) {
            const answers = { hosting: [...hosting], teamSize, management, custom };
            expect(leadersOf(answers, EXAMPLE)).toEqual(referenceLeadersOf(answers, EXAMPLE));
          }
        }
      }
    }
  });

  it("says what-ifs and growth steps that hold with the team's custom answers", async () => {
    const answers = { hosting: ["on-prem" as const], teamSize: 20, containerCount: 60, custom: YES };
    const result = await recommend(answers, { profile: EXAMPLE });
    for (const whatIf of result.whatIf) {
      expect(leaderOf({ ...answers, ...whatIf.change }, EXAMPLE)).toBe(whatIf.recommended);
    }
    const summary = await recommendSummary(answers, { profile: EXAMPLE });
    expect(summary.recommended).toBe(result.recommended);
    expect(summary.ranking.map((entry) => entry.unmet.length)).toEqual(
      result.ranking.map((entry) => entry.unmet.length),
    );
  });

  it("lists a custom capability on every platform: as the profile states it, else none", () => {
    const catalogue = catalogueOf(EXAMPLE);
    expect(catalogue.platforms.map((platform) => platform.id).at(-1)).toBe("org-runway");
    expect(catalogue.cell(catalogue.indexOf("aws-fargate"), "org-pci-dss").level).toBe("native");
    expect(catalogue.cell(catalogue.indexOf("k3s"), "org-pci-dss")).toMatchObject({
      level: "none",
      note: "Acme's list of the platforms cleared for it, checked 2026-11-20, does not include it.",
      source: "Organisation profile acme r2",
    });
    // Runway's traits follow its levels and answers, as a built-in platform's do.
    expect(catalogue.platform("org-runway").traits).toEqual(
      expect.arrayContaining(["multi-host", "cloud-service", "kubernetes-api", "self-healing", "large-ecosystem"]),
    );
    expect(catalogue.platform("org-runway").traits).toContain("scales-to-zero");
    expect(catalogue.platform("org-runway").traits).not.toContain("mixed-workloads");
    // What it lacks, with the organisation's note, is what it cannot do (the decision record's drawbacks).
    expect(catalogue.platform("org-runway").cannot.map((entry) => entry.text)).toContain(
      "Routes carry HTTP and TLS only.",
    );
    expect(orgOf(EXAMPLE, YES)).toBe(orgOf(EXAMPLE, { "cardholder-data": "yes" }));
  });
});

describe("profile v2 schema", () => {
  const base = { apiVersion: "platform-advisor/v2", metadata: { name: "acme", revision: 1 } } as const;
  const issues = (data: unknown) => {
    const result = OrgProfile.safeParse(data);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  it("keeps v1 files loading, and v2 fields only under v2", () => {
    expect(issues({ ...base, apiVersion: "platform-advisor/v1", spec: {} })).toEqual([]);
    const question = {
      id: "tier",
      prompt: "Which tier?",
      type: "single",
      options: [
        { value: "a", label: "A" },
        { value: "b", label: "B" },
      ],
    };
    expect(issues({ ...base, apiVersion: "platform-advisor/v1", spec: { questions: [question] } })).toEqual([
      "spec.questions: needs apiVersion platform-advisor/v2",
    ]);
    expect(issues({ ...base, spec: { questions: [question] } })).toEqual([]);
  });

  it("names an option's unknown capability and a custom platform's missing level", () => {
    const runway = EXAMPLE.spec.platforms?.custom?.[0];
    const { gpu: _gpu, ...levels } = runway?.capabilities ?? {};
    expect(
      issues({
        ...base,
        spec: {
          capabilities: EXAMPLE.spec.capabilities,
          platforms: { custom: [{ ...runway, capabilities: levels }] },
          questions: [
            {
              id: "region",
              prompt: "Must it run in the EU?",
              type: "single",
              options: [
                { value: "yes", label: "Yes", requires: ["org-eu"] },
                { value: "no", label: "No" },
              ],
            },
          ],
        },
      }),
    ).toEqual([
      'spec.questions.0.options.0.requires.0: no capability "org-eu" in the catalogue or the profile',
      "spec.platforms.custom.0.capabilities.gpu: state its level (native, add-on, edition or none)",
    ]);
  });

  it("refuses a custom capability or platform id without org-", () => {
    expect(issues({ ...base, spec: { capabilities: [{ ...EXAMPLE.spec.capabilities?.[0], id: "pci" }] } })).toEqual([
      expect.stringMatching(/^spec\.capabilities\.0\.id: /),
    ]);
  });
});

describe("verify --profile", () => {
  it("sweeps the built-in and custom questions together: the example is clean", () => {
    const check = checkProfile(EXAMPLE);
    expect(check.customCombinations).toBe(3);
    expect(check.noEligible).toBe(0);
    expect(check.deadOptions).toEqual([]);
    // Only the platforms the profile forbids never lead; Acme Runway leads somewhere.
    expect(check.neverLead.map((entry) => entry.platform).sort()).toEqual(["mesos", "nomad"]);
  });

  it("names an option no platform can meet, and an internal platform that can never lead", () => {
    const spec = EXAMPLE.spec;
    const runway = spec.platforms?.custom?.[0];
    if (!runway) throw new Error("the example profile has no internal platform");
    const broken = OrgProfile.parse({
      ...EXAMPLE,
      spec: {
        ...spec,
        capabilities: [
          ...(spec.capabilities ?? []),
          { id: "org-eu", label: "EU region", does: "runs in the EU", checked: "2026-12-01" },
        ],
        // Only at the edge, run by the team, as complex and as little capable as it gets, out of PCI scope: never leads.
        platforms: {
          ...spec.platforms,
          custom: [
            {
              ...runway,
              runsOn: ["edge"],
              management: "self-managed",
              complexity: 10,
              capability: 0,
              capabilities: {
                ...runway.capabilities,
                "org-pci-dss": { level: "none", checked: "2026-12-01" },
                "org-eu": { level: "none", checked: "2026-12-01" },
              },
            },
          ],
        },
        questions: [
          ...(spec.questions ?? []),
          {
            id: "region",
            prompt: "Must the data stay in the EU?",
            type: "single",
            options: [
              { value: "eu", label: "Yes", requires: ["org-eu"] },
              { value: "any", label: "No" },
            ],
          },
        ],
      },
    });
    const check = checkProfile(broken);
    expect(check.customCombinations).toBe(9);
    expect(check.deadOptions).toEqual([{ question: "region", value: "eu", why: "no platform has EU region" }]);
    expect(check.neverLead.map((entry) => entry.platform)).toContain("org-runway");
  });
});

describe("requirements the organisation's questions set, as a reader sees them", () => {
  const PROMPT = "Does the workload store, process or transmit payment card data?";
  const questions = catalogueOf(EXAMPLE).questions;

  it("counts them among the stated requirements and names them by their prompt", async () => {
    const answers = { hosting: ["on-prem" as const], teamSize: 20, custom: YES };
    const result = await recommend(answers, { profile: EXAMPLE });
    expect(verdictOf(result, answers, questions).requirements.line).toBe(
      `Acme Runway meets all 2 of your stated requirements (Where it runs: Our own data centre (on-prem); ${PROMPT} Yes, cardholder data).`,
    );
  });

  it("says which one a trade-off leaves unmet, in words, in the verdict and the certainty", async () => {
    const answers = { hosting: ["gcp" as const], teamSize: 20, custom: YES };
    const result = await recommend(answers, { profile: EXAMPLE });
    expect(result.certainty.text).toContain(`1 requirement unmet (${PROMPT})`);
    const { requirements } = verdictOf(result, answers, questions);
    expect(requirements.stated).toHaveLength(2);
    expect(requirements.line).toMatch(
      new RegExp(`meets 1 of your 2 stated requirements; not: ${PROMPT.replace("?", "\\?")} Yes, cardholder data \\(`),
    );
  });
});

describe("who runs an internal platform, as a team sees it", () => {
  it("meets a managed control plane on the team's own sites when the platform team runs it", async () => {
    const result = await recommend(
      { hosting: ["on-prem"], teamSize: 25, containerCount: 60, management: "managed" },
      { profile: EXAMPLE },
    );
    const runway = result.ranking.find((entry) => entry.platform === "org-runway");
    expect(runway?.unmet).toEqual([]);
    expect(runway?.reasons.map((reason) => reason.text)).toContain(
      "Someone other than your team runs Acme Runway's control plane, as you asked",
    );
    // K3s, which the team would run itself, does not meet it.
    expect(result.ranking.find((entry) => entry.platform === "k3s")?.unmet.map((unmet) => unmet.question)).toEqual([
      "management",
    ]);
    expect(result.recommended).toBe("org-runway");
  });
});

describe("what a managed internal platform leaves a team that asked for serverless", () => {
  it("says capacity to run, true of a platform its platform team runs", async () => {
    const result = await recommend({ hosting: ["aws"], teamSize: 20, management: "serverless" }, { profile: EXAMPLE });
    expect(result.ranking.find((entry) => entry.platform === "org-runway")?.unmet).toEqual([
      {
        question: "management",
        text: "Acme Runway still leaves you a cluster, servers or capacity to run (versions, add-ons, sizing), and you asked to operate none",
      },
    ]);
  });
});

describe("a multiple-choice question of the organisation", () => {
  const spec = EXAMPLE.spec;
  const runway = spec.platforms?.custom?.[0];
  if (!runway) throw new Error("the example profile has no internal platform");
  const eu = { level: "native" as const, checked: "2026-12-01" };
  const profile = OrgProfile.parse({
    ...EXAMPLE,
    spec: {
      ...spec,
      capabilities: [
        ...(spec.capabilities ?? []),
        {
          id: "org-eu",
          label: "EU region",
          does: "runs in Acme's EU region",
          checked: "2026-12-01",
          levels: { "aws-fargate": eu },
        },
      ],
      platforms: { ...spec.platforms, custom: [{ ...runway, capabilities: { ...runway.capabilities, "org-eu": eu } }] },
      questions: [
        ...(spec.questions ?? []),
        {
          id: "regions",
          prompt: "Which regions must it serve?",
          type: "multiple",
          options: [
            { value: "eu", label: "Europe", requires: ["org-eu"] },
            { value: "us", label: "United States" },
          ],
        },
      ],
    },
  });

  it("sets the requirements of every option ticked, each capability once", async () => {
    const answers = {
      hosting: ["aws" as const],
      teamSize: 20,
      custom: { regions: ["eu", "us"], "cardholder-data": "yes" },
    };
    const result = await recommend(answers, { profile });
    const ecs = result.ranking.find((entry) => entry.platform === "amazon-ecs");
    // ECS is in PCI scope but not cleared for the EU region: one requirement unmet, named after its question.
    expect(ecs?.unmet.map((unmet) => unmet.question)).toEqual(["custom.regions"]);
    expect(
      result.ranking
        .filter((entry) => entry.eligible && entry.unmet.length === 0)
        .map((entry) => entry.platform)
        .sort(),
    ).toEqual(["aws-fargate", "org-runway"]);
    expect(leadersOf(answers, profile)).toEqual(referenceLeadersOf(answers, profile));
  });

  it("takes a list, and refuses a single value or an unknown one", async () => {
    const error = await recommend({ custom: { regions: "eu" } }, { profile }).catch((caught: unknown) => caught);
    expect((error as ZodError).issues.map((issue) => issue.message)).toEqual([
      '"regions" takes a list of values, each one of "eu", "us"',
    ]);
    const unknown = await recommend({ custom: { regions: ["eu", "apac"] } }, { profile }).catch(
      (caught: unknown) => caught,
    );
    expect((unknown as ZodError).issues.map((issue) => issue.message)).toEqual([
      '"apac" is not an option of "regions": one of "eu", "us"',
    ]);
  });
});

describe("an internal Kubernetes platform and the seeds' guidance", () => {
  it("takes the decision tree's Kubernetes branch: the platform team's Kubernetes leads on-prem", async () => {
    const result = await recommend({ hosting: ["on-prem"], teamSize: 20, containerCount: 60 }, { profile: EXAMPLE });
    expect(result.recommended).toBe("org-runway");
    const tree = result.ranking[0]?.reasons.find((reason) => reason.rule === "guidance.tree-on-prem-or-multi-cloud");
    expect(tree).toMatchObject({ impact: 22 });
    // A team that asked to run its own servers still gets the Kubernetes it runs itself.
    const own = await recommend(
      { hosting: ["on-prem"], teamSize: 20, containerCount: 60, management: "self-managed" },
      { profile: EXAMPLE },
    );
    expect(own.recommended).toBe("k3s");
  });
});
