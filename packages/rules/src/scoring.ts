import {
  CAPABILITIES,
  CAPABILITY_MATRIX,
  CATALOGUE,
  cite,
  HostingTarget,
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
import type { Firing } from "./firing.ts";
import { needImpacts, needLevels } from "./need-levels.ts";
import type { Criterion, RuleEvent, TargetParams } from "./rule-schema.ts";
import { hasTargets, targets } from "./targets.ts";

/**
 * The constants of the value model; all of them are part of the ruleset version.
 * docs/decisions.md ("The scoring model") says where each comes from.
 */
export const SCORING = {
  /** The points every eligible platform starts from (`basePoints`). */
  base: 60,
  /** Capability every answer set needs: running a container. */
  baseCapability: 1,
  /** Points lost per unit of capability short of what the answers need. */
  shortfallPoints: 12,
  /** Complexity cost per unit: `reference * sqrt(referenceTeam / teamSize)`, kept within [min, max]. */
  complexity: { reference: 5, referenceTeam: 5, min: 0.5, max: 8 },
  /** Points a platform loses when the hosts are past its per-cluster limit and it must run as several clusters. */
  severalClusters: 8,
  /** Complexity points a team can spend comfortably; the chart's budget is this over the weight. */
  budgetPoints: 25,
  /** score = 50 + 50 * tanh((points - centre) / spread): strictly increasing, never clamped. */
  score: { centre: 30, spread: 60 },
} as const;

const SIMPLEST = cite(
  Seed.orchestrationChapter,
  "4.5 Choosing the Right Platform (Choose the SIMPLEST tool that meets your needs)",
);

const tenths = (value: number) => Math.round(value * 10) / 10;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * What one unit of complexity costs a team of this size: halves for every fourfold growth of the team, so one
 * more engineer never swings a result (seed 002 §4.5 starts from team size; seed 004 prices the learning curve).
 */
export const complexityWeight = (teamSize: number): number => {
  const { reference, referenceTeam, min, max } = SCORING.complexity;
  return Math.min(max, Math.max(min, reference * Math.sqrt(referenceTeam / teamSize)));
};

/** The 0-100 score shown for a number of points: a strictly increasing function, so no two points share a score by clamping. */
export const scoreOf = (points: number): number =>
  tenths(50 + 50 * Math.tanh((points - SCORING.score.centre) / SCORING.score.spread));

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
 * Which catalogue entries an event picks (by catalogue index), cached per event: once where no fact decides it,
 * and per hosting and platform run today (the only facts a pick reads) where they do.
 */
const STATIC_TARGETS = new WeakMap<object, boolean[]>();
const DYNAMIC_TARGETS = new WeakMap<object, Map<number, boolean[]>>();
const HOSTING_BIT = new Map<string, number>(HostingTarget.options.map((target, k) => [target, 1 << k]));
const TODAY = new Map<string, number>(CATALOGUE.map((platform, i) => [platform.id, i + 1]));
/** How many values `pickKey` takes: the platform run today (or none) times every set of hosting targets. */
export const PICK_KEYS = (CATALOGUE.length + 1) << HostingTarget.options.length;
/** The facts picks read as one number: the platform run today and the hosting as a set (picks ask `includes`). */
export const pickKey = (facts: Facts) => {
  let mask = 0;
  for (const target of facts.hosting) mask |= HOSTING_BIT.get(target)!;
  return (TODAY.get(facts.currentPlatform) ?? 0) * (1 << HostingTarget.options.length) + mask;
};
export const picks = (params: TargetParams, facts: Facts): boolean[] => {
  if (params.currentPlatform || params.notRunningOn) {
    let byFacts = DYNAMIC_TARGETS.get(params);
    if (!byFacts) {
      byFacts = new Map();
      DYNAMIC_TARGETS.set(params, byFacts);
    }
    const key = pickKey(facts);
    let hits = byFacts.get(key);
    if (!hits) {
      hits = CATALOGUE.map((entry) => targets(params, entry, facts));
      byFacts.set(key, hits);
    }
    return hits;
  }
  let hits = STATIC_TARGETS.get(params);
  if (!hits) {
    hits = CATALOGUE.map((entry) => targets(params, entry, facts));
    STATIC_TARGETS.set(params, hits);
  }
  return hits;
};

/** What the answers need (capability) and how much complexity costs this team. */
export const requirementsOf = (facts: Facts, events: readonly RuleEvent[]): Requirements => {
  let capability: number = SCORING.baseCapability;
  for (const event of events) if (event.type === "level") capability = Math.max(capability, event.params.capability);
  const weight = complexityWeight(facts.teamSize);
  let factor = 1;
  for (const event of events) {
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
  key: string;
  impact: number;
  /** Index of the event in the fired list (-1 for a host limit). */
  event: number;
  /** A rule's own effect, a need met, the capability level met or short, or a per-cluster host limit. */
  kind: "rule" | "met" | "add-on" | "covers" | "short" | "limit";
}

/** The numbers behind a ranking, per catalogue entry. */
export interface Tally {
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

const COMPLEXITY = CATALOGUE.map((p) => p.complexity.value);
const CAPABILITY = CATALOGUE.map((p) => p.capability.value);
/** The per-cluster host limits the catalogue states, per platform. */
const HOST_LIMITS = CATALOGUE.map((p) => p.limits.filter((limit) => limit.maxHosts !== undefined));

/** Keeps the stronger of two contributions of one key: the larger effect, and a debit over a credit of the same size. */
const stronger = (a: Contribution, b: Contribution) =>
  Math.abs(b.impact) > Math.abs(a.impact) || (Math.abs(b.impact) === Math.abs(a.impact) && b.impact < a.impact) ? b : a;

const addContribution = (list: Contribution[], next: Contribution) => {
  for (let k = 0; k < list.length; k++) {
    if (list[k]!.key === next.key) {
      list[k] = stronger(list[k]!, next);
      return;
    }
  }
  list.push(next);
};

/** Eligibility and points of every platform for these facts and fired events: the whole value model. */
export const tally = (facts: Facts, events: readonly RuleEvent[]): Tally => {
  const requirements = requirementsOf(facts, events);
  const weight = complexityWeight(facts.teamSize);
  const n = CATALOGUE.length;
  const excludedBy: number[][] = Array.from({ length: n }, () => []);
  const contributions: Contribution[][] = Array.from({ length: n }, () => []);
  const factors: number[][] = Array.from({ length: n }, () => []);
  const factor = new Array<number>(n).fill(1);
  let level = -1;
  events.forEach((event, e) => {
    if (event.type === "level") {
      if (event.params.capability === requirements.capability && level < 0) level = e;
      return;
    }
    if (event.type === "need") {
      const levels = needLevels(event.params);
      const impacts = needImpacts(event.params);
      for (let i = 0; i < n; i++) {
        const level = levels[i]!;
        addContribution(contributions[i]!, {
          criterion: level === "add-on" || level === "edition" ? "operability" : "capability",
          key: event.params.key,
          impact: impacts[i]!,
          event: e,
          kind: level === "none" ? "rule" : level === "native" ? "met" : "add-on",
        });
      }
      return;
    }
    const everyone = event.type === "weigh" && !hasTargets(event.params);
    const hits = everyone ? null : picks(event.params, facts);
    for (let i = 0; i < n; i++) {
      if (hits && !hits[i]) continue;
      if (event.type === "exclude") excludedBy[i]!.push(e);
      else if (event.type === "weigh") {
        factor[i]! *= event.params.factor;
        factors[i]!.push(e);
      } else {
        const { criterion, key, points } = event.params;
        addContribution(contributions[i]!, { criterion, key, impact: points, event: e, kind: "rule" });
      }
    }
  });
  const levelKey = level >= 0 ? (events[level] as Extract<RuleEvent, { type: "level" }>).params.key : "capability";
  const eligible = new Array<boolean>(n);
  const points = new Array<number>(n);
  const cost = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    for (const limit of HOST_LIMITS[i]!) {
      if (facts.hostCount <= limit.maxHosts!) continue;
      if (limit.beyond === "several-clusters") {
        addContribution(contributions[i]!, {
          criterion: "fit",
          key: "hostLimit",
          impact: -SCORING.severalClusters,
          event: -1,
          kind: "limit",
        });
      } else excludedBy[i]!.push(-1);
    }
    const shortfall = tenths(Math.max(0, requirements.capability - CAPABILITY[i]!) * SCORING.shortfallPoints);
    addContribution(contributions[i]!, {
      criterion: "capability",
      key: levelKey,
      impact: -shortfall,
      event: level,
      kind: shortfall > 0 ? "short" : "covers",
    });
    eligible[i] = excludedBy[i]!.length === 0;
    cost[i] = tenths(weight * factor[i]! * COMPLEXITY[i]!);
    let sum = SCORING.base - cost[i]!;
    for (const contribution of contributions[i]!) sum += contribution.impact;
    points[i] = eligible[i] ? tenths(sum) : 0;
  }
  return { requirements, eligible, points, excludedBy, contributions, cost, factors };
};

/** The order of the ranking: eligible by points, then the simpler, then the more capable, then catalogue order. */
export const compareEntries = (t: Tally, a: number, b: number): number =>
  Number(t.eligible[b]) - Number(t.eligible[a]) ||
  t.points[b]! - t.points[a]! ||
  (t.eligible[a] ? COMPLEXITY[a]! - COMPLEXITY[b]! || CAPABILITY[b]! - CAPABILITY[a]! : 0) ||
  a - b;

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
    CATALOGUE.map((_, i) => i),
    (a, b) => compareEntries(t, a, b),
  );

/** The first two of the ranking (catalogue indexes), without building any explanation. */
export const topTwo = (t: Tally): [number, number] => {
  let first = 0;
  let second = 1;
  if (compareEntries(t, second, first) < 0) [first, second] = [second, first];
  for (let i = 2; i < CATALOGUE.length; i++) {
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
  const platform = CATALOGUE[i]!;
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
        const limit = HOST_LIMITS[i]!.find((l) => facts.hostCount > l.maxHosts! && l.beyond !== "several-clusters")!;
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
      reasons.push({ ...fromFiring(event, impact, criterion), ...cellSource(firings[event]!.event, platform) });
    } else if (kind === "met") {
      const firing = firings[event]!;
      const met = firing.event.type === "need" ? firing.event.params.met : firing.event.params.reason;
      reasons.push({
        ...fromFiring(event, 0, criterion),
        text: fillReason(met, firing.facts, name),
        ...cellSource(firing.event, platform),
      });
    } else if (kind === "add-on") {
      const firing = firings[event]!;
      const capability = firing.event.type === "need" ? firing.event.params.capability : undefined;
      const cell = capability ? CAPABILITY_MATRIX[platform.id][capability] : undefined;
      const does = capability ? CAPABILITIES[capability].does : "";
      reasons.push({
        ...fromFiring(event, impact, criterion),
        text: `${
          cell?.level === "edition"
            ? `${name} ${does} only in ${cell.via}, a paid edition`
            : `${name} ${does} with ${cell?.via ?? "an add-on"}, an add-on you install and run`
        }${cell?.note ? `: ${lowerFirst(cell.note.replace(/\.$/, ""))}` : ""}`,
        ...cellSource(firing.event, platform),
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
      const limit = HOST_LIMITS[i]!.find((l) => facts.hostCount > l.maxHosts! && l.beyond === "several-clusters")!;
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

/** A reason about what a platform can do cites the matrix cell's document, not the rule's. */
const cellSource = (event: RuleEvent, platform: Platform): { source?: string } => {
  if (event.type !== "need" || !event.params.capability) return {};
  return { source: CAPABILITY_MATRIX[platform.id][event.params.capability].source };
};

const hostText = (count: number) => `${formatCount(count)} host${count === 1 ? "" : "s"}`;

/** The explicit requirements an eligible platform fails: needs marked `requirement` at level none. */
export const unmetOf = (t: Tally, i: number, firings: readonly Firing[], facts: Facts): Unmet[] => {
  const name = serviceName(CATALOGUE[i]!, facts.hosting);
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
 * Without `explain`, every platform's reasons are left empty (the compact view shows none).
 */
export const scoreAll = (facts: Facts, firings: readonly Firing[], explain = true) => {
  const t = tally(
    facts,
    firings.map((firing) => firing.event),
  );
  const scored: Scored[] = rankOrder(t).map((i) => ({
    platform: CATALOGUE[i]!,
    index: i,
    eligible: t.eligible[i]!,
    points: t.points[i]!,
    score: t.eligible[i] ? scoreOf(t.points[i]!) : 0,
    reasons: explain ? explainPlatform(t, i, firings, facts) : [],
    unmet: t.eligible[i] ? unmetOf(t, i, firings, facts) : [],
  }));
  return { requirements: t.requirements, scored, tally: t };
};
