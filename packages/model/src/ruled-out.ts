import type { RankedPlatform } from "./recommendation.ts";
import { capitalise } from "./words.ts";

/** Platforms ruled out for the same cause, in one row ("Do not run on Google Cloud": Fargate, ECS, ...). */
export type RuledOutGroup = {
  cause: string;
  platforms: string[];
  /** The first citation of the cause, as the rules give it. */
  source: string;
  /**
   * Whether the cause is a sentence of its own (an organisation's reason: "Mesos reached end of life here") rather
   * than what follows the platform's name ("does not run on AWS"): it reads after a colon, not after "which".
   */
  stated: boolean;
};

/**
 * Whether a platform's name is a plural common noun ("IoT edge runtimes (AWS IoT Greengrass, ...)"), which
 * takes a plural verb; proper names ending in s ("Kubernetes", "Apache Mesos") do not.
 */
export const isPluralName = (name: string): boolean => {
  const head =
    name
      .replace(/\s*\(.*$/, "")
      .trim()
      .split(" ")
      .at(-1) ?? "";
  return /^[a-z].*s$/.test(head);
};

/** The same cause said of several platforms: "Does not run on ..." becomes "Do not run on ...". */
const pluralCause = (cause: string): string =>
  cause
    .replace(/^Does not /, "Do not ")
    .replace(/^Runs /, "Run ")
    .replace(/^Is /, "Are ")
    .replace(/^Has /, "Have ")
    .replace(/^Needs /, "Need ");

/** The cause of an exclusion without the platform's name, with the verb the name takes. */
const singularCause = (name: string, text: string): string => {
  const cause = capitalise(text.startsWith(name) ? text.slice(name.length).trim() : text);
  return isPluralName(name) ? pluralCause(cause) : cause;
};

/**
 * The cause of an exclusion without the platform's name, in the plural, so that
 * platforms out for one cause share a row; "X does not run on ..." becomes "Do not run on ...".
 */
export const exclusionCause = (name: string, text: string): string => pluralCause(singularCause(name, text));

/**
 * The ineligible platforms of a ranking, grouped by the cause that rules them
 * out, in ranking order. A cause shared by several platforms is said in the
 * plural ("Do not run on AWS"), a cause of one platform in the singular.
 */
export const groupRuledOut = (ranking: readonly RankedPlatform[]): RuledOutGroup[] => {
  const groups = new Map<string, RuledOutGroup & { singular: string }>();
  for (const entry of ranking.filter((item) => !item.eligible))
    for (const reason of entry.reasons.filter((item) => item.impact === null)) {
      const singular = singularCause(entry.name, reason.text);
      const key = pluralCause(singular);
      const group = groups.get(key) ?? {
        cause: key,
        singular,
        platforms: [],
        source: reason.source,
        stated: !reason.text.startsWith(entry.name),
      };
      if (!group.platforms.includes(entry.name)) group.platforms.push(entry.name);
      groups.set(key, group);
    }
  return [...groups.values()].map(({ singular, ...group }) => ({
    ...group,
    cause: group.platforms.length === 1 ? singular : group.cause,
  }));
};
