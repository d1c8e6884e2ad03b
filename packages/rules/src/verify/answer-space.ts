import type { Answers } from "@platform-advisor/model";
import { coveringArray3 } from "./covering-array.ts";
import { COVERING_FACTORS, SEED_DOMAINS } from "./value-classes.ts";

const SEED_FIELDS = Object.keys(SEED_DOMAINS) as (keyof typeof SEED_DOMAINS)[];

/** Every combination of the value classes of the seeds' decision dimensions (the other questions unanswered). */
export function* exhaustiveSeedSpace(): Generator<Answers> {
  const domains = SEED_FIELDS.map((field) => SEED_DOMAINS[field] as readonly unknown[]);
  const index = domains.map(() => 0);
  while (true) {
    const answers: Record<string, unknown> = {};
    SEED_FIELDS.forEach((field, d) => {
      const value = domains[d]![index[d]!];
      if (value !== undefined) answers[field] = value;
    });
    yield answers as Answers;
    let d = domains.length - 1;
    while (d >= 0 && ++index[d]! === domains[d]!.length) index[d--] = 0;
    if (d < 0) return;
  }
}

/** The size of the exhaustive space. */
export const exhaustiveSize = (): number => SEED_FIELDS.reduce((n, field) => n * SEED_DOMAINS[field].length, 1);

/** A 3-wise covering array over the value classes of every answer field (list items as yes/no factors). */
export const coveringSpace = (): Answers[] =>
  coveringArray3(COVERING_FACTORS.map((factor) => factor.levels.length)).map((row) => {
    const answers: Record<string, unknown> = {};
    COVERING_FACTORS.forEach(({ field, item, levels }, i) => {
      const value = levels[row[i]!];
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
