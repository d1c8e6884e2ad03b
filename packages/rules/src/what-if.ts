import {
  type Answers,
  isShown,
  type PlatformId,
  platformById,
  QUESTIONNAIRE,
  type Question,
  type WhatIf,
} from "@platform-advisor/model";
import type { Resolved } from "./assumptions.ts";
import { leaderOf } from "./leader.ts";
import { NUMERIC_QUESTIONS, type NumericQuestion, numericClasses } from "./thresholds.ts";

const nameOf = (id: PlatformId) => platformById(id).name;

/** "1 host", "5 hosts", "a team of 10". */
export const countText = (question: NumericQuestion, value: number): string => {
  const count = value.toLocaleString("en-US");
  if (question === "teamSize") return `a team of ${count}`;
  const noun = question === "containerCount" ? "container" : "host";
  return `${count} ${noun}${value === 1 ? "" : "s"}`;
};

const numberText = (question: NumericQuestion, value: number, leader: PlatformId) =>
  `With ${countText(question, value)}, ${nameOf(leader)} would lead`;

/**
 * The nearest values above and below the current one at which the leader changes. The leader is constant
 * within a class of the number (between two split points of the rules), so scanning the first value of each
 * class upwards, and the last value of each class downwards, finds the tipping points exactly.
 */
const numericTippingPoints = (answers: Answers, resolved: Resolved, question: NumericQuestion, current: PlatformId) => {
  const value = resolved[question];
  const starts = CLASSES[question];
  const found: WhatIf[] = [];
  const scan = (ordered: number[]) => {
    for (const candidate of ordered) {
      const leader = leaderOf({ ...answers, [question]: candidate });
      if (leader !== current) {
        found.push({
          change: { [question]: candidate },
          recommended: leader,
          text: numberText(question, candidate, leader),
        });
        return;
      }
    }
  };
  scan(starts.filter((start) => start > value));
  scan(
    starts
      .map((start) => start - 1)
      .filter((end) => end >= 1 && end < value)
      .reverse(),
  );
  return found;
};

const CLASSES = Object.fromEntries(NUMERIC_QUESTIONS.map((q) => [q, numericClasses(q)])) as Record<
  NumericQuestion,
  number[]
>;

/** Changes to one non-numeric answer: every other option, a flipped boolean, or one list item added or removed. */
const alternatives = (question: Question, resolved: Resolved): { change: Answers; text: string }[] => {
  const current = resolved[question.id];
  const options = question.options ?? [];
  if (question.type === "multiple") {
    const list = (current as string[]) ?? [];
    return options.flatMap((option) => {
      const value = option.value as string;
      const has = list.includes(value);
      const next = has ? list.filter((item) => item !== value) : [...list, value];
      if (next.length === 0 && question.id === "hosting") return [];
      const text = has ? `Without "${option.label}"` : `Adding "${option.label}"`;
      return [{ change: { [question.id]: next } as Answers, text }];
    });
  }
  return options
    .filter((option) => option.value !== current)
    .map((option) => ({
      change: { [question.id]: option.value } as Answers,
      text: `With "${option.label}" as the answer to "${question.prompt}"`,
    }));
};

/**
 * The smallest answer changes, one question at a time, that change the recommended platform; only for the
 * questions that matter on the team's path (a question the questionnaire would not ask is not suggested).
 */
export const findWhatIfs = (answers: Answers, resolved: Resolved, current: PlatformId): WhatIf[] =>
  QUESTIONNAIRE.flatMap((question) => {
    if (!isShown(question, answers)) return [];
    if ((NUMERIC_QUESTIONS as readonly string[]).includes(question.id)) {
      return numericTippingPoints(answers, resolved, question.id as NumericQuestion, current);
    }
    return alternatives(question, resolved).flatMap(({ change, text }) => {
      const leader = leaderOf({ ...answers, ...change });
      return leader === current ? [] : [{ change, recommended: leader, text: `${text}, ${nameOf(leader)} would lead` }];
    });
  });
