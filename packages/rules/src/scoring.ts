import {
  type Catalogue,
  cite,
  type Platform,
  type Reason,
  type Requirements,
  Seed,
  serviceName,
  sourceHref,
  type Unmet,
} from "@platform-advisor/model";
import { fillReason, formatCount } from "./explain.ts";
import type { Facts } from "./facts.ts";
import { LEVEL_ORIGIN_OUT, LIMIT_ORIGIN, PROFILE_ORIGIN, valueModel } from "./fast-leader.ts";
import type { Firing } from "./firing.ts";
import { needLevels } from "./need-levels.ts";
import type { Org } from "./org.ts";
import { complexityWeight, picks, SCORING } from "./points.ts";
import type { Criterion, RuleEvent } from "./rule-schema.ts";
import { RULES } from "./ruleset.ts";
import { hasTargets } from "./targets.ts";

export { complexityWeight, picks, SCORING } from "./points.ts";

const SIMPLEST = cite(
  Seed.orchestrationChapter,
  "4.5 Choosing the Right Platform (Choose the SIMPLEST tool that meets your needs)",
);

const tenths = (value: number) => Math.round(value * 10) / 10;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The 0-100 score shown for a number of points: a strictly increasing function, so no two points share a score by clamping. */
export const scoreOf = (points: number): number => {
  const { centre, spread, tailFrom, tail } = SCORING.score;
  const curve = (at: number) => 50 + 50 * Math.tanh((at - centre) / spread);
  return tenths(points >= tailFrom ? curve(points) : (curve(tailFrom) * tail) / (tail + tailFrom - points));
};

export interface Scored {
  platform: Platform;
  index: number;
  eligible: boolean;
  /** basePoints plus every contribution; 0 when ineligible. */
  points: number;
  score: number;
  reasons: Reason[];
  unmet: Unmet[];
}

/**
 * What the answers need (the capability the value model found) and how much complexity costs this team: the weight
 * with the factors that apply to every platform, as the chart's budget shows it.
 */
const requirementsOf = (facts: Facts, capability: number, firings: readonly Pick<Firing, "event">[]): Requirements => {
  const weight = complexityWeight(facts.teamSize);
  let factor = 1;
  for (const { event } of firings) {
    if (event.type === "weigh" && !hasTargets(event.params)) factor *= event.params.factor;
  }
  const complexityWeightValue = round(weight * factor, 2);
  return {
    capability,
    complexityWeight: complexityWeightValue,
    complexityBudget: Math.min(10, round(SCORING.budgetPoints / complexityWeightValue, 1)),
  };
};

/** One contribution to a platform's points: the strongest event of one key (an answer or fact that counts once). */
interface Contribution {
  criterion: Criterion;
  impact: number;
  /** Index of the event in the fired list (-1 for a host limit, or a capability level no rule set). */
  event: number;
  /** A rule's own effect, a need met, the capability level met or short, or a per-cluster host limit. */
  kind: "rule" | "met" | "add-on" | "covers" | "short" | "limit";
}

/** The numbers behind a ranking, per catalogue entry. */
export interface Tally {
  /** The catalogue the tally ranks (the built-in one, or with an organisation's own platforms). */
  catalogue: Catalogue;
  requirements: Requirements;
  eligible: boolean[];
  points: number[];
  /** Exclusions: indexes of the fired events that rule each platform out (-1: its host limit). */
  excludedBy: number[][];
  contributions: Contribution[][];
  /** The complexity cost and the factors (event indexes) that shaped it, per platform. */
  cost: number[];
  factors: number[][];
}

/** The per-cluster host limits a platform states. */
const hostLimits = (platform: Platform) => platform.limits.filter((limit) => limit.maxHosts !== undefined);
const RULE_INDEX = new Map(RULES.map((rule, index) => [rule.name, index]));
/** `tally`'s working memory: which rules fired, and each one's index among the firings. */
const FIRED = new Uint8Array(RULES.length);
const FIRING_OF = new Int32Array(RULES.length);

/**
 * Eligibility and points of every platform for these facts and fired rules (then the organisation's firings, in
 * the order org.ts gives them), with what each platform's points are made of. The arithmetic is the value
 * model's (fast-leader.ts `breakdown`), the one the searches run; this names each contribution's event and kind.
 */
export const tally = (facts: Facts, firings: readonly Pick<Firing, "rule" | "event">[], org: Org): Tally => {
  const { catalogue } = org;
  const n = catalogue.platforms.length;
  // Reused: a typed array allocated per call cost more than the loop that fills it.
  const on = FIRED.fill(0);
  const firingOf = FIRING_OF.fill(-1);
  let profileStart = firings.length;
  for (let e = 0; e < firings.length; e++) {
    const r = RULE_INDEX.get(firings[e]!.rule);
    if (r === undefined) {
      profileStart = e;
      break;
    }
    on[r] = 1;
    firingOf[r] = e;
  }
  if (firings.length - profileStart !== org.firings.length) {
    throw new Error("tally: the firings after the rules' are not the organisation's");
  }
  const b = valueModel(catalogue).breakdown(on, facts, org, (i, impact, origin, levelRule): Contribution => {
    if (origin === LIMIT_ORIGIN) return { criterion: "fit", impact, event: -1, kind: "limit" };
    if (origin === LEVEL_ORIGIN_OUT) {
      const event = levelRule >= 0 ? firingOf[levelRule]! : -1;
      return { criterion: "capability", impact, event, kind: impact < 0 ? "short" : "covers" };
    }
    const event = origin <= PROFILE_ORIGIN ? profileStart + PROFILE_ORIGIN - origin : firingOf[origin]!;
    const fired = firings[event]!.event;
    if (fired.type !== "need") return { criterion: firingCriterion(fired), impact, event, kind: "rule" };
    const level = needLevels(catalogue, fired.params)[i]!;
    return {
      criterion: level === "add-on" || level === "edition" ? "operability" : "capability",
      impact,
      event,
      kind: level === "none" ? "rule" : level === "native" ? "met" : "add-on",
    };
  });
  const excludedBy: number[][] = [];
  const factors: number[][] = [];
  for (let i = 0; i < n; i++) {
    excludedBy.push([]);
    factors.push([]);
  }
  for (let e = 0; e < profileStart; e++) {
    const { event } = firings[e]!;
    if (event.type !== "exclude" && event.type !== "weigh") continue;
    const hits = event.type === "weigh" && !hasTargets(event.params) ? null : picks(catalogue, event.params, facts);
    const into = event.type === "exclude" ? excludedBy : factors;
    for (let i = 0; i < n; i++) if (!hits || hits[i]) into[i]!.push(e);
  }
  for (let i = 0; i < n; i++) {
    const byProfile = b.profileExcludedBy[i]!;
    if (byProfile >= 0) excludedBy[i]!.push(profileStart + byProfile);
    if (b.pastHostLimit[i]) excludedBy[i]!.push(-1);
  }
  return {
    catalogue,
    requirements: requirementsOf(facts, b.capability, firings),
    eligible: b.eligible,
    points: b.points,
    excludedBy,
    contributions: b.contributions,
    cost: b.cost,
    factors,
  };
};

/** The order of the ranking: eligible by points, then the simpler, then the more capable, then catalogue order. */
export const compareEntries = (t: Tally, a: number, b: number): number => {
  const { platforms } = t.catalogue;
  return (
    Number(t.eligible[b]) - Number(t.eligible[a]) ||
    t.points[b]! - t.points[a]! ||
    (t.eligible[a]
      ? platforms[a]!.complexity.value - platforms[b]!.complexity.value ||
        platforms[b]!.capability.value - platforms[a]!.capability.value
      : 0) ||
    a - b
  );
};

/**
 * Sorts a short list in place, stably: the order `Array.prototype.sort` gives (both are stable, so for one
 * comparator the result is the same), without the work array it allocates on every call. Lists here have at most
 * 15 items; explaining one answer set sorts 16 of them.
 */
const sortShort = <T>(list: T[], compare: (a: T, b: T) => number): T[] => {
  for (let k = 1; k < list.length; k++) {
    const item = list[k]!;
    let j = k - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
};

/** The catalogue indexes in ranking order. */
export const rankOrder = (t: Tally): number[] =>
  sortShort(
    t.catalogue.platforms.map((_, i) => i),
    (a, b) => compareEntries(t, a, b),
  );

/** The first two of the ranking (catalogue indexes), without building any explanation. */
export const topTwo = (t: Tally): [number, number] => {
  let first = 0;
  let second = 1;
  if (compareEntries(t, second, first) < 0) [first, second] = [second, first];
  for (let i = 2; i < t.catalogue.platforms.length; i++) {
    if (compareEntries(t, i, first) < 0) [first, second] = [i, first];
    else if (compareEntries(t, i, second) < 0) second = i;
  }
  return [first, second];
};

/** Eligible first, then exclusions; within each, the largest effects first. */
const byImpact = (a: Reason, b: Reason) =>
  (a.impact === null ? -1 : 0) - (b.impact === null ? -1 : 0) || Math.abs(b.impact ?? 0) - Math.abs(a.impact ?? 0);

const joinWords = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** The reasons one platform carries: why it is out, or every contribution that makes up its points. */
const explainPlatform = (t: Tally, i: number, firings: readonly Firing[], facts: Facts): Reason[] => {
  const platform = t.catalogue.platforms[i]!;
  const name = serviceName(platform, facts.hosting);
  const fromFiring = (e: number, impact: number | null, criterion: Criterion): Reason => {
    const { event, facts: read, rule } = firings[e]!;
    return {
      text: fillReason(event.params.reason, read, name),
      impact,
      source: event.params.source,
      rule,
      criterion,
      facts: read,
    };
  };
  if (!t.eligible[i]) {
    return withHrefs(
      t.excludedBy[i]!.map((e) => {
        if (e >= 0) return fromFiring(e, null, firingCriterion(firings[e]!.event));
        const limit = hostLimits(platform).find(
          (l) => facts.hostCount > l.maxHosts! && l.beyond !== "several-clusters",
        )!;
        return {
          text: `${name} is limited to ${hostText(limit.maxHosts!)} (${limit.text}), and the workload needs ${formatCount(facts.hostCount)}`,
          impact: null,
          source: limit.source,
          criterion: "fit" as const,
          facts: { hostCount: facts.hostCount },
        };
      }),
    );
  }
  const reasons: Reason[] = [];
  const weight = t.requirements.complexityWeight;

  const shaped = t.factors[i]!.map((e) => fillReason(firings[e]!.event.params.reason, firings[e]!.facts));
  reasons.push({
    text: `Complexity ${platform.complexity.value}/10 costs a team of ${formatCount(facts.teamSize)} ${t.cost[i]} points (${round(complexityWeight(facts.teamSize), 2)} a unit${shaped.length ? `; ${joinWords(shaped)}` : ""})`,
    impact: -t.cost[i]!,
    source: SIMPLEST,
    criterion: "operability",
    facts: { teamSize: facts.teamSize, complexity: platform.complexity.value, complexityWeight: weight },
  });
  for (const contribution of t.contributions[i]!) {
    const { kind, impact, criterion, event } = contribution;
    if (kind === "rule") {
      const firing = firings[event]!;
      const reason = fromFiring(event, impact, criterion);
      // A capability the platform lacks: the cell's note says what it does have, which an expert checks.
      const note = noneNote(firing.event, t.catalogue, i);
      reasons.push({
        ...reason,
        ...(note ? { text: `${reason.text}: ${note}` } : {}),
        ...cellSource(firing.event, t.catalogue, i),
      });
    } else if (kind === "met") {
      const firing = firings[event]!;
      const met = firing.event.type === "need" ? firing.event.params.met : firing.event.params.reason;
      reasons.push({
        ...fromFiring(event, 0, criterion),
        text: fillReason(met, firing.facts, name),
        ...cellSource(firing.event, t.catalogue, i),
      });
    } else if (kind === "add-on") {
      const firing = firings[event]!;
      const capability = firing.event.type === "need" ? firing.event.params.capability : undefined;
      const cell = capability ? t.catalogue.cell(i, capability) : undefined;
      const does = capability ? t.catalogue.capability(capability).does : "";
      reasons.push({
        ...fromFiring(event, impact, criterion),
        text: `${
          cell?.level === "edition"
            ? `${name} ${does} only in ${cell.via}, a paid edition`
            : `${name} ${does} with ${cell?.via ?? "an add-on"}, an add-on you install and run`
        }${cell?.note ? `: ${lowerFirst(cell.note.replace(/\.$/, ""))}` : ""}`,
        ...cellSource(firing.event, t.catalogue, i),
      });
    } else if (kind === "short" || kind === "covers") {
      const firing = event >= 0 ? firings[event] : undefined;
      const need = firing ? fillReason(firing.event.params.reason, firing.facts) : "running containers";
      const capability = platform.capability.value;
      reasons.push({
        text:
          kind === "short"
            ? `Capability ${capability}/10 falls short of the ${t.requirements.capability} needed: ${need}`
            : `Capability ${capability}/10 covers the ${t.requirements.capability} these answers need`,
        impact,
        source: firing?.event.params.source ?? SIMPLEST,
        criterion,
        ...(firing ? { rule: firing.rule, facts: firing.facts } : {}),
      });
    } else {
      const limit = hostLimits(platform).find((l) => facts.hostCount > l.maxHosts! && l.beyond === "several-clusters")!;
      reasons.push({
        text: `${formatCount(facts.hostCount)} hosts are past ${hostText(limit.maxHosts!)} per cluster (${limit.text}): ${name} runs as several clusters, each to operate and upgrade`,
        impact,
        source: limit.source,
        criterion: "fit",
        facts: { hostCount: facts.hostCount },
      });
    }
  }
  return withHrefs(sortShort(reasons, byImpact));
};

const HREFS = new Map<string, string | undefined>();
/** Each reason links where its source can be read (contract v3 `href`): a vendor page or the app's source text. */
const withHrefs = (reasons: Reason[]): Reason[] => {
  for (const reason of reasons) {
    let href = HREFS.get(reason.source);
    if (href === undefined && !HREFS.has(reason.source)) {
      href = sourceHref(reason.source);
      HREFS.set(reason.source, href);
    }
    if (href) reason.href = href;
  }
  return reasons;
};

/** "KEDA scales", "CronJobs start" stay as they are; "Virtual machines run" reads on after a colon in lower case. */
const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** The matrix cell's note on a capability the platform lacks, to follow a reason, or undefined. */
const noneNote = (event: RuleEvent, catalogue: Catalogue, i: number): string | undefined => {
  if (event.type !== "need" || !event.params.capability) return undefined;
  const cell = catalogue.cell(i, event.params.capability);
  return cell.level === "none" && cell.note ? lowerFirst(cell.note.replace(/\.$/, "")) : undefined;
};

/** A reason about what a platform can do cites the matrix cell's document, not the rule's. */
const cellSource = (event: RuleEvent, catalogue: Catalogue, i: number): { source?: string; href?: string } => {
  if (event.type !== "need" || !event.params.capability) return {};
  const { source, href } = catalogue.cell(i, event.params.capability);
  return href ? { source, href } : { source };
};

const hostText = (count: number) => `${formatCount(count)} host${count === 1 ? "" : "s"}`;

/** The explicit requirements an eligible platform fails: needs marked `requirement` at level none. */
export const unmetOf = (t: Tally, i: number, firings: readonly Firing[], facts: Facts): Unmet[] => {
  const name = serviceName(t.catalogue.platforms[i]!, facts.hosting);
  const unmet: Unmet[] = [];
  for (const { kind, event } of t.contributions[i]!) {
    if (kind !== "rule") continue;
    const firing = firings[event]!;
    if (firing.event.type !== "need" || !firing.event.params.requirement) continue;
    unmet.push({
      question: firing.event.params.question,
      text: fillReason(firing.event.params.reason, firing.facts, name),
    });
  }
  return unmet;
};

/** The criterion a fired event counts under. */
export const firingCriterion = (event: RuleEvent): Criterion =>
  event.type === "exclude" || event.type === "rate"
    ? event.params.criterion
    : event.type === "weigh"
      ? "operability"
      : "capability";

/**
 * Scores, explains and orders every platform of the catalogue: the simplest tool that meets the needs
 * (seed 002 §4.5), weighed on named criteria, each reason in the words of the rule with the facts it read.
 * `firings` end with the profile's, when there is one. Without `explain`, every platform's reasons are left empty
 * (the compact view shows none).
 */
export const scoreAll = (
  facts: Facts,
  firings: readonly Firing[],
  org: Org,
  { explain = true }: { explain?: boolean } = {},
) => {
  const t = tally(facts, firings, org);
  const scored: Scored[] = rankOrder(t).map((i) => ({
    platform: org.catalogue.platforms[i]!,
    index: i,
    eligible: t.eligible[i]!,
    points: t.points[i]!,
    score: t.eligible[i] ? scoreOf(t.points[i]!) : 0,
    reasons: explain ? explainPlatform(t, i, firings, facts) : [],
    unmet: t.eligible[i] ? unmetOf(t, i, firings, facts) : [],
  }));
  return { requirements: t.requirements, scored, tally: t };
};
