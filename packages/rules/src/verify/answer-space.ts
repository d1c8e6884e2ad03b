import type { Answers } from "@platform-advisor/model";
import { coveringArray3 } from "./covering-array.ts";
import { COVERING_FACTORS, SEED_DOMAINS } from "./value-classes.ts";

const SEED_FIELDS = Object.keys(SEED_DOMAINS) as (keyof typeof SEED_DOMAINS)[];

/** Every combination of the value classes of the seeds' decision dimensions (the other questions unanswered). */
export function* exhaustiveSeedSpace(): Generator<Answers> {
  // An odometer: one dial per field, the last field turning fastest.
  const dials = SEED_FIELDS.map((field) => ({ field, values: SEED_DOMAINS[field] as readonly unknown[], at: 0 }));
  const fastestFirst = dials.toReversed();
  while (true) {
    const answers: Record<string, unknown> = {};
    for (const { field, values, at } of dials) {
      const value = values[at];
      if (value !== undefined) answers[field] = value;
    }
    yield answers as Answers;
    let turned = false;
    for (const dial of fastestFirst) {
      dial.at = (dial.at + 1) % dial.values.length;
      turned = dial.at !== 0;
      if (turned) break;
    }
    if (!turned) return;
  }
}

/** The size of the exhaustive space. */
export const exhaustiveSize = (): number => SEED_FIELDS.reduce((n, field) => n * SEED_DOMAINS[field].length, 1);

/** A 3-wise covering array over the value classes of every answer field (list items as yes/no factors). */
export const coveringSpace = (): Answers[] =>
  coveringArray3(COVERING_FACTORS.map((factor) => factor.levels.length)).map((row) => {
    const answers: Record<string, unknown> = {};
    COVERING_FACTORS.forEach(({ field, item, levels }, i) => {
      const level = row[i];
      if (level === undefined) throw new Error(`coveringSpace: a row of the covering array has no level for ${field}`);
      const value = levels[level];
      if (item === undefined) {
        if (value !== undefined) answers[field] = value;
      } else if (value === true) {
        answers[field] = [...((answers[field] as string[]) ?? []), item];
      }
    });
    return answers as Answers;
  });

/** Every answer set the verification checks (every n-th): the exhaustive seed space, then the covering array. */
export function* verificationSweep(every = 1): Generator<Answers> {
  let index = 0;
  for (const space of [exhaustiveSeedSpace(), coveringSpace()]) {
    for (const answers of space) if (index++ % every === 0) yield answers;
  }
}
