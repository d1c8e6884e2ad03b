import { type Answers, type AnyPlatformId, type OrgProfile, pruneShaped, type Question } from "@platform-advisor/model";
import { fillDefaults } from "./assumptions.ts";
import { deriveFacts } from "./facts.ts";
import { type FastTally, type ValueModel, valueModel } from "./fast-leader.ts";
import { type Leaders, leadersAmong } from "./leaders.ts";
import { type Org, orgOf } from "./org.ts";
import { withProfileDefaults } from "./profile.ts";
import { referenceLeadersOf } from "./reference-leader.ts";
import { classStart, leaderClasses } from "./thresholds.ts";

export type { Leaders } from "./leaders.ts";

/**
 * A leader search: `leadersOf`, `referenceLeadersOf` (the unoptimised path it is checked against), or one made by
 * `leaderSearchFrom` for the changes of one answer set, which remembers the numbers it was asked about (`numbers`).
 */
export type LeadersFn = ((answers: Answers, profile?: OrgProfile) => Leaders) & {
  /**
   * Leaders by number asked about: the whole number (for counts, the first value of its leader class) times 3 plus
   * the question's place in NUMBER_QUESTIONS.
   */
  numbers?: Map<number, Leaders>;
  /** Whether no change to this answer alone can make a platform other than `leader` lead on points (proven). */
  settled?: (question: Question["id"], leader: AnyPlatformId) => boolean;
  /**
   * The leaders with one number changed to a value in the same leader class as the search's own (thresholds.ts
   * `leaderClasses`), found without a full candidate: the search's own leaders for a count, and for the team size
   * a tally of the complexity costs alone. Undefined for a value in another class, or where it cannot.
   */
  sameClass?: (question: (typeof NUMBER_QUESTIONS)[number], value: number) => Leaders | undefined;
};

const NUMBER_QUESTIONS = ["teamSize", "containerCount", "hostCount"] as const;

/** Per number question, the leader classes its values fall in. */
const CLASSES = {
  teamSize: leaderClasses("teamSize"),
  containerCount: leaderClasses("containerCount"),
  hostCount: leaderClasses("hostCount"),
};

/**
 * The leaders with one number of the answers changed. The what-if scan and the growth path both ask about twice
 * today's counts, and a container or host count in the same leader class as one asked before has the same leaders
 * (thresholds.ts `leaderClasses`): a search made for one answer set answers those from memory.
 */
export const leadersWithNumber = (
  search: LeadersFn,
  answers: Answers,
  question: (typeof NUMBER_QUESTIONS)[number],
  value: number,
  profile: OrgProfile | undefined,
): Leaders => {
  // Answers are whole numbers, so this key is one per (question, value or class), and cheaper than a string.
  // Counts go by class; a team size by value (it moves every cost).
  const keyed = question === "teamSize" ? value : classStart(CLASSES[question], value);
  const key = keyed * 3 + NUMBER_QUESTIONS.indexOf(question);
  const known = search.numbers?.get(key);
  if (known) return known;
  const leaders = search.sameClass?.(question, value) ?? search({ ...answers, [question]: value }, profile);
  search.numbers?.set(key, leaders);
  return leaders;
};

/**
 * The leader and runner-up (unexplained) for valid answers, on the same path `recommend()` takes: answers the
 * questionnaire would not ask are dropped first. For what-if searches, growth paths and sweeps; the same result
 * as `referenceLeadersOf`, with only the rules whose facts changed re-tested and points tallied on typed arrays.
 */
export const leadersOf: LeadersFn = (answers, profile) => {
  const org = orgOf(profile, answers.custom);
  const model = valueModel(org.catalogue);
  return leadersFrom(model, org, model.fastTally(searchFacts(answers, profile), org), answers);
};

/** The facts a leader search evaluates: the answers on their path, with the profile's defaults, resolved. */
const searchFacts = (answers: Answers, profile: OrgProfile | undefined) => {
  const asked = pruneShaped(answers);
  // pruneShaped's object is this call's own: its defaults are filled in place.
  const pruned = profile ? pruneShaped(withProfileDefaults(profile, asked).answers) : asked;
  return deriveFacts(fillDefaults(pruned as Record<keyof Answers, unknown>));
};

/**
 * `leadersOf` for answers that each differ from `base` in one or a few answers, as what-ifs and growth steps do:
 * `base` is tallied once and every call only where its facts differ from base's. The same result as `leadersOf`.
 */
export const leaderSearchFrom = (base: Answers, profile?: OrgProfile): LeadersFn => {
  const facts = searchFacts(base, profile);
  // The changes a search is asked about are to built-in answers: the answers to the profile's questions stay.
  const org = orgOf(profile, base.custom);
  const model = valueModel(org.catalogue);
  const { tally, settled, teamSizeTally } = model.tallyFrom(facts, org);
  const search: LeadersFn = (answers, given) =>
    given === profile && answers.custom === base.custom
      ? leadersFrom(model, org, tally(searchFacts(answers, profile)), answers)
      : leadersOf(answers, given);
  search.numbers = new Map();
  search.settled = (question, leader) => settled(question, org.catalogue.indexOf(leader));
  let own: Leaders | undefined;
  search.sameClass = (question, value) => {
    const classes = CLASSES[question];
    // facts hold the number the search's answers resolve to: given, the profile's default or the assumed one.
    if (classStart(classes, value) !== classStart(classes, facts[question])) return undefined;
    // An assumed number answered is a new fact (`given`), and an assumed container count follows the team size.
    if (!facts.given.includes(question)) return undefined;
    if (question === "teamSize" && !facts.given.includes("containerCount")) return undefined;
    if (question !== "teamSize") {
      own ??= leadersFrom(model, org, tally(facts), base);
      return own;
    }
    const t = teamSizeTally(value);
    return t ? leadersOfTally(model, org, t) : undefined;
  };
  return search;
};

const leadersFrom = (model: ValueModel, org: Org, t: FastTally | null, answers: Answers): Leaders =>
  t ? leadersOfTally(model, org, t) : referenceLeadersOf(answers, org.profile);

const leadersOfTally = (model: ValueModel, org: Org, t: FastTally): Leaders => {
  model.fastTopTwo(t);
  return leadersAmong(org.catalogue.platforms, t.eligible, t.points, model.top[0] ?? 0, model.top[1] ?? 1);
};

/** The platform that leads for valid answers. */
export const leaderOf = (answers: Answers, profile?: OrgProfile): AnyPlatformId => leadersOf(answers, profile).first;
