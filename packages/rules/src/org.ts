import {
  BUILT_IN_CATALOGUE,
  type Catalogue,
  type CustomAnswers,
  type CustomQuestion,
  capitalise,
  catalogueOf,
  customValues,
  type OrgProfile,
  profileSource,
} from "@platform-advisor/model";
import { ZodError } from "zod";
import type { Firing } from "./firing.ts";
import { profileFirings } from "./profile.ts";

/**
 * What an organisation brings to one decision: its catalogue (the built-in platforms and capabilities with its own),
 * and its firings, scored and explained like the rules' own events: exclusions, adjustments, then the requirements
 * its questions' answers set. Without a profile, the built-in catalogue and no firings.
 */
export interface Org {
  readonly profile: OrgProfile | undefined;
  readonly catalogue: Catalogue;
  readonly firings: readonly Firing[];
}

export const NO_ORG: Org = { profile: undefined, catalogue: BUILT_IN_CATALOGUE, firings: [] };

/**
 * The requirements the answers to the profile's questions set: one need per capability an option chosen requires,
 * keyed by the capability, so a capability two answers require counts once (and names the first question).
 */
const questionFirings = (profile: OrgProfile, catalogue: Catalogue, custom: CustomAnswers): Firing[] => {
  const source = profileSource(profile);
  const firings: Firing[] = [];
  const seen = new Set<string>();
  for (const question of catalogue.questions) {
    const answer = custom[question.id];
    if (answer === undefined) continue;
    const chosen = question.options.filter((option) => customValues(answer).includes(option.value));
    for (const option of chosen) {
      for (const capability of option.requires ?? []) {
        if (seen.has(capability)) continue;
        seen.add(capability);
        const { label, does } = catalogue.capability(capability);
        // An organisation's own capability is a clearance it gives, never something the vendor cannot do.
        const own = capability.startsWith("org-");
        const organisation = capitalise(profile.metadata.name);
        const lacking = own ? `${organisation} has not cleared {platform} for it` : "it is not available on {platform}";
        firings.push({
          rule: "profile.questions",
          event: {
            type: "need",
            params: {
              capability,
              requirement: true,
              question: `custom.${question.id}`,
              key: `custom:${capability}`,
              reason: own
                ? `${organisation} has not cleared {platform} for ${label}, which your answer "${option.label}" requires`
                : `${label}, which your answer "${option.label}" requires, is not available on {platform}`,
              met: `{platform} ${does}, as your answer "${option.label}" requires`,
              conflict: `You answered "${option.label}" to "${question.prompt}", which requires ${label}; ${lacking}`,
              source,
            },
          },
          facts: { [`custom.${question.id}`]: answer },
        });
      }
    }
  }
  return firings;
};

const BY_PROFILE = new WeakMap<OrgProfile, Map<string, Org>>();
/** Distinct custom answer sets remembered per profile; past this the memory starts again (it is only a cache). */
const REMEMBERED = 4096;

/** The answers' key: their ids and values in a fixed order. */
const keyOf = (custom: CustomAnswers | undefined): string =>
  custom
    ? Object.keys(custom)
        .sort()
        .map((id) => `${id}=${customValues(custom[id]).join("|")}`)
        .join(";")
    : "";

/** The organisation's part of a decision for a profile and the answers to its questions. Memoised. */
export const orgOf = (profile: OrgProfile | undefined, custom?: CustomAnswers): Org => {
  if (!profile) return NO_ORG;
  let known = BY_PROFILE.get(profile);
  if (!known) {
    known = new Map();
    BY_PROFILE.set(profile, known);
  }
  const key = keyOf(custom);
  const org = known.get(key);
  if (org) return org;
  const catalogue = catalogueOf(profile);
  const made: Org = {
    profile,
    catalogue,
    firings: [...profileFirings(profile, catalogue), ...questionFirings(profile, catalogue, custom ?? {})],
  };
  if (known.size >= REMEMBERED) known.clear();
  known.set(key, made);
  return made;
};

const describe = (question: CustomQuestion) => question.options.map((option) => `"${option.value}"`).join(", ");

/**
 * Checks `answers.custom` against the profile's questions (contract v3): an unknown id, a value that is not an
 * option, a list for a single choice or a duplicate are errors at `custom.<id>`, never silently ignored.
 */
export const checkCustomAnswers = (profile: OrgProfile | undefined, custom: CustomAnswers | undefined): void => {
  if (!custom) return;
  const questions = catalogueOf(profile).questions;
  const issues: ZodError["issues"] = [];
  const fail = (id: string, message: string) =>
    issues.push({ code: "custom", path: ["custom", id], message, input: custom[id] });
  for (const [id, answer] of Object.entries(custom)) {
    const question = questions.find((candidate) => candidate.id === id);
    if (!question) {
      fail(
        id,
        questions.length === 0
          ? `No question "${id}" in the organisation profile in force: it defines no questions of its own`
          : `No question "${id}" in the organisation profile in force (it asks ${questions.map((q) => `"${q.id}"`).join(", ")})`,
      );
      continue;
    }
    if (question.type === "single" && Array.isArray(answer)) {
      fail(id, `"${id}" takes one value, one of ${describe(question)}`);
      continue;
    }
    const values = customValues(answer);
    if (question.type === "multiple" && !Array.isArray(answer)) {
      fail(id, `"${id}" takes a list of values, each one of ${describe(question)}`);
      continue;
    }
    if (new Set(values).size !== values.length) fail(id, `"${id}" lists a value twice`);
    const unknown = values.filter((value) => !question.options.some((option) => option.value === value));
    if (unknown.length > 0) fail(id, `"${unknown[0]}" is not an option of "${id}": one of ${describe(question)}`);
  }
  if (issues.length > 0) throw new ZodError(issues);
};
