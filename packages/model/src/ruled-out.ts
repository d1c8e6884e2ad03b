import type { RankedPlatform } from "./recommendation.ts";

/** Platforms ruled out for the same cause, in one row ("Do not run on Google Cloud": Fargate, ECS, ...). */
export type RuledOutGroup = {
  cause: string;
  platforms: string[];
  /** The first citation of the cause, as the rules give it. */
  source: string;
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The cause of an exclusion without the platform's name, so that platforms out
 * for one cause share a row; "X does not run on ..." becomes "Do not run on ...".
 */
export const exclusionCause = (name: string, text: string): string =>
  capitalise(text.startsWith(name) ? text.slice(name.length).trim() : text)
    .replace(/^Does not /, "Do not ")
    .replace(/^Runs /, "Run ")
    .replace(/^Is /, "Are ");

/** The ineligible platforms of a ranking, grouped by the cause that rules them out, in ranking order. */
export const groupRuledOut = (ranking: readonly RankedPlatform[]): RuledOutGroup[] => {
  const groups = new Map<string, RuledOutGroup>();
  for (const entry of ranking.filter((item) => !item.eligible))
    for (const reason of entry.reasons.filter((item) => item.impact === null)) {
      const cause = exclusionCause(entry.name, reason.text);
      const group = groups.get(cause) ?? { cause, platforms: [], source: reason.source };
      if (!group.platforms.includes(entry.name)) group.platforms.push(entry.name);
      groups.set(cause, group);
    }
  return [...groups.values()];
};
