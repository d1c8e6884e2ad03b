import { z } from "zod";
import { Answers, HostingTarget } from "./answers.ts";
import { CAPABILITY_IDS, CapabilityLevel } from "./capability.ts";
import { AnyPlatformId, CustomCapabilityId, CustomPlatformId, PLATFORM_IDS, PlatformId } from "./platform-id.ts";

/** Most points an organisation may add to or take from one platform: enough to break a tie, not to overrule the rules. */
export const PROFILE_MAX_POINTS = 20;

const Text = (max: number) => z.string().trim().min(1).max(max);

const PlatformRule = z.strictObject({
  id: AnyPlatformId,
  reason: Text(300).describe("Why, in one sentence a team can read; shown as the reason the platform is out."),
});

const noDuplicateIds = (entries: { id: string }[]) => new Set(entries.map((entry) => entry.id)).size === entries.length;

/** A document the organisation cites for a fact about its own platform or capability. */
const OrgSource = z.strictObject({
  title: Text(200).describe("The document's title, as a reason cites it."),
  href: z.url().optional().describe("Where a reader can open it (an intranet page, a runbook)."),
});

/** One platform's level for one capability, as the organisation states it (the catalogue's scale, contract v3). */
const OrgLevel = z.strictObject({
  level: CapabilityLevel,
  via: Text(100).optional().describe("The add-on or edition that provides it (add-on and edition only)."),
  note: Text(300).optional().describe("One sentence an expert would add: what it takes, or what it cannot do."),
  source: Text(200).optional().describe("The document the level rests on; the profile's name when not given."),
  href: z.url().optional(),
  checked: z.iso.date().describe("The date the organisation last checked this level."),
});
export type OrgLevel = z.infer<typeof OrgLevel>;

const Label = (max: number) => Text(max);

/** A capability the organisation defines: something a platform is or is not cleared for (PCI DSS scope, an EU region). */
export const CustomCapability = z.strictObject({
  id: CustomCapabilityId,
  label: Label(60).describe('A short name: "PCI DSS scope".'),
  does: Text(200).describe(
    'What a platform that has it does, completing "<platform> ...": "is in scope of our PCI DSS assessment".',
  ),
  levels: z
    .partialRecord(PlatformId, OrgLevel)
    .optional()
    .describe(
      "Levels on built-in platforms; a built-in platform not listed has level none (not cleared by the organisation).",
    ),
  checked: z.iso.date().describe("The date the organisation last checked which platforms have it."),
});
export type CustomCapability = z.infer<typeof CustomCapability>;

const QuestionId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and dashes, starting with a letter")
  .max(60);

/** An answer option of a custom question, with the capabilities it makes requirements. */
export const CustomOption = z.strictObject({
  value: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes")
    .max(60),
  label: Text(120),
  help: Text(300).optional(),
  requires: z
    .array(z.union([z.enum(CAPABILITY_IDS), CustomCapabilityId]))
    .max(20)
    .optional()
    .describe("Capabilities (built-in or the profile's own) a platform must have when this option is chosen."),
});
export type CustomOption = z.infer<typeof CustomOption>;

/** A question the organisation adds; asked after the built-in ones, answered in `answers.custom`. */
export const CustomQuestion = z
  .strictObject({
    id: QuestionId,
    prompt: Text(200),
    help: Text(500).optional(),
    type: z.enum(["single", "multiple"]),
    options: z
      .array(CustomOption)
      .min(2)
      .max(20)
      .refine(
        (options) => new Set(options.map((option) => option.value)).size === options.length,
        "must not list a value twice",
      ),
  })
  .meta({ id: "CustomQuestion" });
export type CustomQuestion = z.infer<typeof CustomQuestion>;

/** An internal platform the organisation runs, on the catalogue's scales. */
export const CustomPlatform = z.strictObject({
  id: CustomPlatformId,
  name: Text(80),
  vendor: Text(80).describe("Who runs it: the team or company teams go to."),
  summary: Text(400),
  runsOn: z.array(HostingTarget).min(1).describe("Where it runs (the hosting answer's values)."),
  scope: z.enum(["single-host", "cluster"]),
  management: z
    .enum(["self-managed", "managed", "serverless"])
    .describe(
      "What a team runs itself, seen from the team: self-managed (its own servers), managed (a control plane someone else runs, nodes or capacity it still sizes) or serverless (nothing to run).",
    ),
  kubernetesApi: z.boolean().optional().describe("Whether teams deploy to it with the Kubernetes API (kubectl, Helm)."),
  complexity: z.number().min(0).max(10).describe("Operational complexity on the catalogue's 0-10 scale."),
  capability: z.number().min(0).max(10).describe("Capability on the catalogue's 0-10 scale."),
  capabilities: z
    .record(z.string(), OrgLevel)
    .describe("Its level for every built-in capability and every capability of this profile."),
  sources: z.array(OrgSource).min(1).max(20),
});
export type CustomPlatform = z.infer<typeof CustomPlatform>;

const Platforms = z
  .strictObject({
    allowed: z
      .array(PlatformRule)
      .min(1)
      .refine(noDuplicateIds, "must not list a platform twice")
      .optional()
      .describe("The only platforms the organisation supports; every other one is ineligible."),
    forbidden: z
      .array(PlatformRule)
      .min(1)
      .refine(noDuplicateIds, "must not list a platform twice")
      .optional()
      .describe("Platforms the organisation does not support; every other one stays eligible."),
    custom: z
      .array(CustomPlatform)
      .min(1)
      .max(20)
      .refine(noDuplicateIds, "must not list a platform twice")
      .optional()
      .describe("Internal platforms the organisation adds (v2); each id starts with org-."),
  })
  .refine((platforms) => platforms.allowed === undefined || platforms.forbidden === undefined, {
    message: "give either allowed or forbidden, not both",
  })
  .refine(
    (platforms) =>
      platforms.allowed !== undefined || platforms.forbidden !== undefined || platforms.custom !== undefined,
    { message: "give allowed, forbidden or custom" },
  );

export const ProfileAdjustment = z.strictObject({
  platform: AnyPlatformId,
  points: z
    .number()
    .min(-PROFILE_MAX_POINTS)
    .max(PROFILE_MAX_POINTS)
    .refine((points) => points !== 0, "must not be 0")
    .describe(`Points added (or, negative, taken away), at most ${PROFILE_MAX_POINTS} either way.`),
  reason: Text(300),
});
export type ProfileAdjustment = z.infer<typeof ProfileAdjustment>;

type ProfileShape = {
  apiVersion: string;
  spec: {
    platforms?: {
      allowed?: { id: string }[];
      forbidden?: { id: string }[];
      custom?: CustomPlatform[];
    };
    adjustments?: { platform: string }[];
    capabilities?: CustomCapability[];
    questions?: CustomQuestion[];
  };
};

/**
 * What zod cannot see field by field: v2 fields only under v2, every id a rule or option names is defined, and a
 * custom platform states its level for every capability, built-in and custom (an unstated level is a guess).
 */
function checkReferences(profile: ProfileShape, ctx: z.RefinementCtx): void {
  const { spec } = profile;
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (profile.apiVersion === "platform-advisor/v1") {
    if (spec.capabilities) issue(["spec", "capabilities"], "needs apiVersion platform-advisor/v2");
    if (spec.questions) issue(["spec", "questions"], "needs apiVersion platform-advisor/v2");
    if (spec.platforms?.custom) issue(["spec", "platforms", "custom"], "needs apiVersion platform-advisor/v2");
  }
  const custom = spec.platforms?.custom ?? [];
  const platformIds = new Set<string>([...PLATFORM_IDS, ...custom.map((platform) => platform.id)]);
  const capabilityIds = (spec.capabilities ?? []).map((capability) => capability.id);
  const known = new Set<string>([...CAPABILITY_IDS, ...capabilityIds]);
  for (const list of ["allowed", "forbidden"] as const) {
    for (const [k, { id }] of (spec.platforms?.[list] ?? []).entries()) {
      if (!platformIds.has(id))
        issue(["spec", "platforms", list, k, "id"], `no platform "${id}" in the catalogue or the profile`);
    }
  }
  for (const [k, { platform }] of (spec.adjustments ?? []).entries()) {
    if (!platformIds.has(platform))
      issue(["spec", "adjustments", k, "platform"], `no platform "${platform}" in the catalogue or the profile`);
  }
  for (const [q, question] of (spec.questions ?? []).entries()) {
    for (const [o, option] of question.options.entries()) {
      for (const [r, id] of (option.requires ?? []).entries()) {
        if (!known.has(id))
          issue(
            ["spec", "questions", q, "options", o, "requires", r],
            `no capability "${id}" in the catalogue or the profile`,
          );
      }
    }
  }
  for (const [p, platform] of custom.entries()) {
    for (const id of known) {
      if (!platform.capabilities[id])
        issue(
          ["spec", "platforms", "custom", p, "capabilities", id],
          "state its level (native, add-on, edition or none)",
        );
    }
    for (const id of Object.keys(platform.capabilities)) {
      if (!known.has(id))
        issue(
          ["spec", "platforms", "custom", p, "capabilities", id],
          `no capability "${id}" in the catalogue or the profile`,
        );
    }
  }
  for (const [c, capability] of (spec.capabilities ?? []).entries()) {
    if ((CAPABILITY_IDS as readonly string[]).includes(capability.id)) {
      issue(["spec", "capabilities", c, "id"], `"${capability.id}" is a built-in capability`);
    }
  }
}

/**
 * An organisation's own constraints on the decision (ORG_PROFILE): which platforms
 * it supports, what its teams may leave unanswered, and small preferences.
 */
export const OrgProfile = z
  .strictObject({
    apiVersion: z
      .enum(["platform-advisor/v1", "platform-advisor/v2"])
      .describe("v2 adds capabilities, questions and custom platforms; v1 files load unchanged."),
    metadata: z.strictObject({
      name: Text(100).describe("The organisation or the profile's name, shown in every reason it causes."),
      revision: z
        .union([z.int().min(0), Text(40)])
        .describe("Bump it on every edit: recommendations record it and the portfolio counts older ones as stale."),
    }),
    spec: z.strictObject({
      platforms: Platforms.optional(),
      defaults: Answers.optional().describe("Answers assumed when a team leaves the question unanswered."),
      adjustments: z.array(ProfileAdjustment).max(50).optional(),
      capabilities: z
        .array(CustomCapability)
        .min(1)
        .max(30)
        .refine(noDuplicateIds, "must not list a capability twice")
        .optional()
        .describe("Capabilities the organisation defines (v2); each id starts with org-."),
      questions: z
        .array(CustomQuestion)
        .min(1)
        .max(20)
        .refine(noDuplicateIds, "must not list a question twice")
        .optional()
        .describe("Questions the organisation adds (v2), asked after the built-in ones."),
    }),
  })
  .superRefine(checkReferences)
  .meta({ id: "OrgProfile", title: "Platform Advisor organisation profile" });
export type OrgProfile = z.infer<typeof OrgProfile>;
