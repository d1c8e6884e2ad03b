import { z } from "zod";
import { Answers } from "./answers.ts";
import { PlatformId } from "./platform-id.ts";

/** Most points an organisation may add to or take from one platform: enough to break a tie, not to overrule the rules. */
export const PROFILE_MAX_POINTS = 20;

const Text = (max: number) => z.string().trim().min(1).max(max);

const PlatformRule = z.strictObject({
  id: PlatformId,
  reason: Text(300).describe("Why, in one sentence a team can read; shown as the reason the platform is out."),
});

const noDuplicateIds = (entries: { id: string }[]) => new Set(entries.map((entry) => entry.id)).size === entries.length;

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
  })
  .refine((platforms) => (platforms.allowed === undefined) !== (platforms.forbidden === undefined), {
    message: "give either allowed or forbidden, not both and not neither",
  });

export const ProfileAdjustment = z.strictObject({
  platform: PlatformId,
  points: z
    .number()
    .min(-PROFILE_MAX_POINTS)
    .max(PROFILE_MAX_POINTS)
    .refine((points) => points !== 0, "must not be 0")
    .describe(`Points added (or, negative, taken away), at most ${PROFILE_MAX_POINTS} either way.`),
  reason: Text(300),
});
export type ProfileAdjustment = z.infer<typeof ProfileAdjustment>;

/**
 * An organisation's own constraints on the decision (ORG_PROFILE): which platforms
 * it supports, what its teams may leave unanswered, and small preferences.
 */
export const OrgProfile = z
  .strictObject({
    apiVersion: z.literal("platform-advisor/v1"),
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
    }),
  })
  .meta({ id: "OrgProfile", title: "Platform Advisor organisation profile" });
export type OrgProfile = z.infer<typeof OrgProfile>;
