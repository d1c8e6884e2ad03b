import {
  type Answers,
  type AnyPlatformId,
  catalogueOf,
  type HostingTarget,
  isShown,
  type OrgProfile,
  QUESTIONNAIRE,
  type Question,
  serviceName,
  type WhatIf,
} from "@platform-advisor/model";
import type { Resolved } from "./assumptions.ts";
import { formatCount } from "./explain.ts";
import { type Leaders, type LeadersFn, leadersOf, leadersWithNumber } from "./leader.ts";
import { NUMERIC_QUESTIONS, type NumericQuestion, numericClasses } from "./thresholds.ts";

/**
 * What the deployment is for and what runs it today are facts about it, not changes a team makes to get
 * another platform; where it runs and what the team knows can change, but are bigger decisions than the rest.
 */
const ACTIONABLE = (question: Question["id"]) => question !== "environment" && question !== "currentPlatform";
const SIZE: Partial<Record<Question["id"], number>> = { hosting: 2, experience: 2 };

/** The most what-ifs a result lists: the smallest changes first. */
export const MAX_WHAT_IFS = 6;
/** Numeric what-ifs stay within this factor of today's value; growth beyond it is the growth path's. */
export const PLAUSIBLE_FACTOR = 2;

/** The platform's name for the hosting after the change: "Amazon EKS" when the change keeps the team on AWS. */
const nameOf = (profile: OrgProfile | undefined, id: AnyPlatformId, hosting: readonly HostingTarget[]) =>
  serviceName(catalogueOf(profile).platform(id), hosting);

/** "1 host", "5 hosts", "a team of 10". */
export const countText = (question: NumericQuestion, value: number): string => {
  const count = formatCount(value);
  if (question === "teamSize") return `a team of ${count}`;
  const noun = question === "containerCount" ? "container" : "host";
  return `${count} ${noun}${value === 1 ? "" : "s"}`;
};

interface Candidate {
  change: Answers;
  /** The option changed to, added or removed; its words are written only for a change that makes a what-if. */
  option: NonNullable<Question["options"]>[number];
  /** For a list: whether the option is removed (else added). */
  removed?: boolean;
  /** How big a change it is: a doubling or halving of a number is 1, any other single change is 1. */
  size: number;
}

/** The change in words: `Without "Edge"`, `Adding "AWS"`, `With "Managed" as the answer to "..."`. */
const changeText = (question: Question, { option, removed }: Candidate) =>
  question.type === "multiple"
    ? `${removed ? "Without" : "Adding"} "${option.label}"`
    : `With "${option.label}" as the answer to "${question.prompt}"`;

/** The leader when it is not today's and leads on points (not by a tie-break). */
const leadsOnPoints = (leaders: Leaders, current: AnyPlatformId): AnyPlatformId | null =>
  leaders.eligible && leaders.first !== current && leaders.margin > 0 ? leaders.first : null;

/** The platform that leads after a change on points (not by a tie-break), when it is not today's. */
const winner = (
  answers: Answers,
  change: Answers,
  current: AnyPlatformId,
  profile: OrgProfile | undefined,
  search: LeadersFn,
): AnyPlatformId | null => {
  return leadsOnPoints(search({ ...answers, ...change }, profile), current);
};

const CLASSES = Object.fromEntries(NUMERIC_QUESTIONS.map((q) => [q, numericClasses(q)])) as Record<
  NumericQuestion,
  number[]
>;

/**
 * The nearest value on one side of today's, within a plausible range, at which another platform leads on
 * points. Rules split a number at fixed thresholds and the complexity weight moves smoothly between them,
 * so the boundaries and a few points in between are probed, and the first change is narrowed down exactly.
 */
const tippingPoint = (
  answers: Answers,
  question: NumericQuestion,
  value: number,
  current: AnyPlatformId,
  direction: 1 | -1,
  profile: OrgProfile | undefined,
  search: LeadersFn,
): { at: number; leader: AnyPlatformId } | null => {
  const limit = direction > 0 ? Math.floor(value * PLAUSIBLE_FACTOR) : Math.max(1, Math.ceil(value / PLAUSIBLE_FACTOR));
  const inRange = (v: number) => (direction > 0 ? v > value && v <= limit : v < value && v >= limit);
  const probes = new Set<number>([limit]);
  for (const start of CLASSES[question]) {
    const edge = direction > 0 ? start : start - 1;
    if (inRange(edge)) probes.add(edge);
  }
  for (const factor of [1.25, 1.5]) {
    const v = Math.round(direction > 0 ? value * factor : value / factor);
    if (inRange(v)) probes.add(v);
  }
  const ordered = [...probes].filter(inRange).sort((a, b) => direction * (a - b));
  let same = value;
  for (const probe of ordered) {
    if (leadersWithNumber(search, answers, question, probe, profile).first === current) {
      same = probe;
      continue;
    }
    // Narrow down between the last value that kept today's leader and this one.
    let kept = same;
    let moved = probe;
    while (Math.abs(moved - kept) > 1) {
      const mid = Math.round((kept + moved) / 2);
      if (leadersWithNumber(search, answers, question, mid, profile).first === current) kept = mid;
      else moved = mid;
    }
    for (let v = moved; inRange(v); v += direction) {
      const leaders = leadersWithNumber(search, answers, question, v, profile);
      const leader = leadsOnPoints(leaders, current);
      if (leader) return { at: v, leader };
      if (leaders.first === current) break;
    }
    same = probe;
  }
  return null;
};

/** Changes to one non-numeric answer: every other option, a flipped boolean, or one list item added or removed. */
const alternatives = (question: Question, resolved: Resolved): Candidate[] => {
  const current = resolved[question.id];
  const options = question.options ?? [];
  if (question.type === "multiple") {
    const list = (current as string[]) ?? [];
    return options.flatMap((option) => {
      const value = option.value as string;
      const has = list.includes(value);
      const next = has ? list.filter((item) => item !== value) : [...list, value];
      if (next.length === 0 && question.id === "hosting") return [];
      return [{ change: { [question.id]: next } as Answers, option, removed: has, size: SIZE[question.id] ?? 1 }];
    });
  }
  return options
    .filter((option) => option.value !== current)
    .map((option) => ({ change: { [question.id]: option.value } as Answers, option, size: SIZE[question.id] ?? 1 }));
};

/**
 * The smallest answer changes, one question at a time, that would change the recommended platform on points
 * (never by a tie-break): numbers within a plausible range of today's, and only questions the team's path asks.
 * At most MAX_WHAT_IFS, smallest first; each agrees with `recommend()` on the changed answers.
 */
export const findWhatIfs = (
  answers: Answers,
  resolved: Resolved,
  current: AnyPlatformId,
  profile?: OrgProfile,
  search: LeadersFn = leadersOf,
): WhatIf[] => {
  const found: (WhatIf & { size: number; order: number })[] = [];
  QUESTIONNAIRE.forEach((question, order) => {
    if (!isShown(question, answers) || !ACTIONABLE(question.id)) return;
    if ((NUMERIC_QUESTIONS as readonly string[]).includes(question.id)) {
      const id = question.id as NumericQuestion;
      const value = resolved[id];
      for (const direction of [1, -1] as const) {
        const tip = tippingPoint(answers, id, value, current, direction, profile, search);
        if (!tip) continue;
        found.push({
          change: { [id]: tip.at } as Answers,
          recommended: tip.leader,
          text: `With ${countText(id, tip.at)}, ${nameOf(profile, tip.leader, resolved.hosting)} would lead`,
          size: Math.abs(Math.log2(tip.at / value)),
          order,
        });
      }
      return;
    }
    // Proven without evaluating them that no change to this answer puts another platform ahead on points.
    if (search.settled?.(question.id, current)) return;
    for (const candidate of alternatives(question, resolved)) {
      const leader = winner(answers, candidate.change, current, profile, search);
      if (leader) {
        found.push({
          change: candidate.change,
          size: candidate.size,
          recommended: leader,
          text: `${changeText(question, candidate)}, ${nameOf(profile, leader, candidate.change.hosting ?? resolved.hosting)} would lead`,
          order,
        });
      }
    }
  });
  return found
    .sort((a, b) => a.size - b.size || a.order - b.order)
    .slice(0, MAX_WHAT_IFS)
    .map(({ change, recommended, text }) => ({ change, recommended, text }));
};
