import {
  type Answers,
  type AnyPlatformId,
  type CustomAnswers,
  catalogueOf,
  type OrgProfile,
} from "@platform-advisor/model";
import { leadersOf } from "../leader.ts";
import { profileExclusions } from "../profile.ts";
import { coveringSpace, exhaustiveSeedSpace } from "./answer-space.ts";

/** An option of a custom question that sets a requirement yet never changes who leads anywhere in the sweep. */
export interface DeadOption {
  question: string;
  value: string;
  /** Why it is dead, in words. */
  why: string;
}

export interface ProfileCheck {
  checked: number;
  /** How many combinations of answers to the profile's own questions each built-in answer set was paired with. */
  customCombinations: number;
  /** Answer sets for which the profile leaves no platform eligible. */
  noEligible: number;
  examples: Answers[];
  deadOptions: DeadOption[];
  /** Platforms that lead for no answer set, each with the profile's reason when the profile rules it out. */
  neverLead: { platform: AnyPlatformId; name: string; excluded?: string }[];
}

const MAX_EXAMPLES = 20;
/** Past this many combinations of custom answers, each question is swept on its own (the others unanswered). */
const MAX_COMBINATIONS = 64;

/** The answers each custom question can take in the sweep: unanswered, each option, and for a list all of them. */
const choicesOf = (profile: OrgProfile): { id: string; values: (string | string[] | undefined)[] }[] =>
  catalogueOf(profile).questions.map((question) => {
    const values = question.options.map((option) => option.value);
    return {
      id: question.id,
      values: question.type === "single" ? [undefined, ...values] : [undefined, ...values.map((v) => [v]), [...values]],
    };
  });

/** Every combination of answers to the profile's questions, or one question at a time when there are too many. */
const combinationsOf = (profile: OrgProfile): (CustomAnswers | undefined)[] => {
  const choices = choicesOf(profile);
  const product = choices.reduce((n, choice) => n * choice.values.length, 1);
  const withAnswer = (custom: CustomAnswers, id: string, value: string | string[] | undefined) =>
    value === undefined ? custom : { ...custom, [id]: value };
  if (product <= MAX_COMBINATIONS) {
    let combos: CustomAnswers[] = [{}];
    for (const { id, values } of choices) {
      combos = combos.flatMap((custom) => values.map((value) => withAnswer(custom, id, value)));
    }
    return combos.map((custom) => (Object.keys(custom).length === 0 ? undefined : custom));
  }
  return [
    undefined,
    ...choices.flatMap(({ id, values }) =>
      values.flatMap((value) => (value === undefined ? [] : [withAnswer({}, id, value)])),
    ),
  ];
};

const keyOf = (id: string, value: string) => `${id}=${value}`;

/**
 * Walks the verification sweep under a profile, every built-in answer set with every combination of answers to the
 * profile's own questions, and reports the answer sets it leaves with no eligible platform, the options of its
 * questions that set a requirement but never change who leads, and the platforms that never lead.
 */
export const checkProfile = (profile: OrgProfile): ProfileCheck => {
  const catalogue = catalogueOf(profile);
  const combinations = combinationsOf(profile);
  const result: ProfileCheck = {
    checked: 0,
    customCombinations: combinations.length,
    noEligible: 0,
    examples: [],
    deadOptions: [],
    neverLead: [],
  };
  const led = new Set<AnyPlatformId>();
  // An option is alive once, with it chosen, the leader differs from the leader with its question unanswered.
  const alive = new Set<string>();
  const check = (given: Answers) => {
    let unanswered: AnyPlatformId | undefined;
    for (const custom of combinations) {
      result.checked++;
      const leaders = leadersOf(custom ? { ...given, custom } : given, profile);
      if (!leaders.eligible) {
        result.noEligible++;
        if (result.examples.length < MAX_EXAMPLES) result.examples.push(custom ? { ...given, custom } : given);
        continue;
      }
      led.add(leaders.first);
      if (!custom) {
        unanswered = leaders.first;
        continue;
      }
      // Only one option chosen, the rest unanswered, tells which option moved the leader.
      const entries = Object.entries(custom);
      const [only] = entries;
      if (leaders.first === unanswered || entries.length !== 1 || !only) continue;
      const [id, answer] = only;
      if (!Array.isArray(answer)) alive.add(keyOf(id, answer));
      else if (answer.length === 1 && answer[0] !== undefined) alive.add(keyOf(id, answer[0]));
    }
  };
  for (const answers of exhaustiveSeedSpace()) check(answers);
  for (const answers of coveringSpace()) check(answers);

  for (const question of catalogue.questions) {
    for (const option of question.options) {
      const requires = option.requires ?? [];
      if (requires.length === 0 || alive.has(keyOf(question.id, option.value))) continue;
      const meetBy = (capability: string) =>
        catalogue.platforms.filter((_, i) => catalogue.cell(i, capability).level !== "none").length;
      const nobody = requires.filter((capability) => meetBy(capability) === 0);
      result.deadOptions.push({
        question: question.id,
        value: option.value,
        why:
          nobody.length > 0
            ? `no platform has ${nobody.map((capability) => catalogue.capability(capability).label).join(", ")}`
            : "it never changes which platform leads",
      });
    }
  }
  const excluded = profileExclusions(profile, catalogue);
  for (const platform of catalogue.platforms) {
    if (led.has(platform.id)) continue;
    const reason = excluded.get(platform.id);
    result.neverLead.push({ platform: platform.id, name: platform.name, ...(reason ? { excluded: reason } : {}) });
  }
  return result;
};
