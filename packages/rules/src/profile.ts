import { createHash } from "node:crypto";
import {
  type Answers,
  type AnyPlatformId,
  type Assumption,
  type Catalogue,
  catalogueOf,
  type OrgProfile,
  type ProfileRef,
  profileSource,
  QUESTION_IDS,
} from "@platform-advisor/model";
import type { Firing } from "./firing.ts";

export { profileSource } from "@platform-advisor/model";

/** JSON with object keys sorted, so the same profile always hashes the same whatever its key order. */
const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
};

/** What a recommendation records of the profile: its name, revision and a hash of its whole content. */
export const profileRef = (profile: OrgProfile): ProfileRef => ({
  name: profile.metadata.name,
  revision: profile.metadata.revision,
  hash: `sha256:${createHash("sha256").update(canonicalJson(profile)).digest("hex").slice(0, 16)}`,
});

/** The platforms the profile makes ineligible, each with the profile's reason. */
export const profileExclusions = (
  profile: OrgProfile,
  catalogue: Catalogue = catalogueOf(profile),
): Map<AnyPlatformId, string> => {
  const { platforms } = profile.spec;
  const out = new Map<AnyPlatformId, string>();
  if (platforms?.forbidden) for (const { id, reason } of platforms.forbidden) out.set(id, reason);
  if (platforms?.allowed) {
    const allowed = new Set(platforms.allowed.map((entry) => entry.id));
    const supported = platforms.allowed.map((entry) => catalogue.platform(entry.id).name).join(", ");
    for (const { id } of catalogue.platforms) {
      if (!allowed.has(id)) out.set(id, `Not among the platforms ${profile.metadata.name} supports (${supported})`);
    }
  }
  return out;
};

/** The points the profile adds to (or takes from) each platform, with its reasons. */
export const profileAdjustments = (profile: OrgProfile): Map<AnyPlatformId, { points: number; reason: string }[]> => {
  const out = new Map<AnyPlatformId, { points: number; reason: string }[]>();
  for (const { platform, points, reason } of profile.spec.adjustments ?? []) {
    out.set(platform, [...(out.get(platform) ?? []), { points, reason }]);
  }
  return out;
};

const FIRINGS = new WeakMap<OrgProfile, Firing[]>();

/**
 * The profile's exclusions and adjustments as rule firings, so that scoring weighs and explains
 * them exactly like the rules' own events. Memoised per profile: scoring caches targets per event.
 * (org.ts adds the requirements its questions' answers set.)
 */
export const profileFirings = (
  profile: OrgProfile | undefined,
  catalogue: Catalogue = catalogueOf(profile),
): Firing[] => {
  if (!profile) return [];
  const known = FIRINGS.get(profile);
  if (known) return known;
  const source = profileSource(profile);
  const firings: Firing[] = [];
  for (const [platform, reason] of profileExclusions(profile, catalogue)) {
    firings.push({
      rule: "profile.platforms",
      event: {
        type: "exclude",
        params: { platforms: [platform], reason, source, criterion: "profile", key: "profile" },
      },
      facts: {},
    });
  }
  for (const [platform, adjustments] of profileAdjustments(profile)) {
    for (const { points, reason } of adjustments) {
      firings.push({
        rule: "profile.adjustments",
        event: {
          type: "rate",
          params: { platforms: [platform], points, reason, source, criterion: "profile", key: `profile:${reason}` },
        },
        facts: {},
      });
    }
  }
  FIRINGS.set(profile, firings);
  return firings;
};

const show = (value: unknown) => (Array.isArray(value) ? value.join(", ") : String(value));

/**
 * The answers with the profile's defaults filling what the team left unanswered, and one
 * assumption per default used, cited as the profile. Given answers always win.
 */
export const withProfileDefaults = (
  profile: OrgProfile | undefined,
  answers: Answers,
): { answers: Answers; assumptions: Assumption[] } => {
  const defaults = profile?.spec.defaults;
  if (!profile || !defaults) return { answers, assumptions: [] };
  const source = profileSource(profile);
  const merged: Record<string, unknown> = { ...answers };
  const assumptions: Assumption[] = [];
  for (const question of QUESTION_IDS) {
    const value = defaults[question];
    if (value === undefined || answers[question] !== undefined) continue;
    merged[question] = value;
    assumptions.push({
      question,
      value,
      text: `Assumed ${show(value)}, the default of ${profile.metadata.name}'s organisation profile.`,
      source,
    });
  }
  return { answers: merged as Answers, assumptions };
};
