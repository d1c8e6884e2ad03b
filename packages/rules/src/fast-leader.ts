import type { Catalogue } from "@platform-advisor/model";
import { resolveValues } from "./assumptions.ts";
import { compileRules } from "./compiled.ts";
import { deriveFacts, FACT_NAMES, FACTS_MOVED_BY, type Facts } from "./facts.ts";
import { needImpacts } from "./need-levels.ts";
import type { Org } from "./org.ts";
import { complexityWeight, PICK_KEYS, pickKey, picks, SCORING } from "./points.ts";
import type { RuleEvent, TargetParams } from "./rule-schema.ts";
import { RULES } from "./ruleset.ts";
import { hasTargets } from "./targets.ts";
import { leaves } from "./thresholds.ts";

/*
 * The leader search's hot path: the value model of scoring.ts `tally`, reduced to eligibility and points, on typed
 * arrays, with the rules re-tested only where a fact they read changed since the previous call. Every operation on
 * points is the one `tally` performs, in the same order, so the numbers are identical (not merely close);
 * `reference-leader.ts` keeps the unoptimised path and the verification compares the two over the whole sweep.
 */

const tenths = (value: number) => Math.round(value * 10) / 10;
/**
 * Whether a contribution `b` replaces `a` of the same key: the larger effect counts, and a debit over a credit of
 * the same size. The one rule for every tally here, full or incremental.
 */
const replaces = (a: number, b: number) => Math.abs(b) > Math.abs(a) || (Math.abs(b) === Math.abs(a) && b < a);
/** Whether a number of points is a whole number of tenths, so that summing it in tenths is exact. */
const wholeTenths = (points: number) => Math.abs(points * 10 - Math.round(points * 10)) < 1e-9;

/** One slot per key (an answer or fact that counts once per platform): the rules' keys, then a profile's. */
const SLOTS = new Map<string, number>();
const slotOf = (key: string) => {
  let slot = SLOTS.get(key);
  if (slot === undefined) {
    slot = SLOTS.size;
    SLOTS.set(key, slot);
  }
  return slot;
};
for (const { event } of RULES) if ("key" in event.params) slotOf(event.params.key);
const HOST_LIMIT_SLOT = slotOf("hostLimit");
const CAPABILITY_SLOT = slotOf("capability");
const RULE_SLOTS = SLOTS.size;
/** A profile has at most 50 adjustment keys, and its questions require at most one key per capability (48). */
const PROFILE_SLOTS = 128;
const S = RULE_SLOTS + PROFILE_SLOTS;

const LEVEL = 0;
const NEED = 1;
const EXCLUDE = 2;
const WEIGH = 3;
const RATE = 4;
const KINDS: Record<RuleEvent["type"], number> = {
  level: LEVEL,
  need: NEED,
  exclude: EXCLUDE,
  weigh: WEIGH,
  rate: RATE,
};

// Incremental firing: each rule's test is re-run only when a fact its conditions read has changed.
const TESTS = compileRules().map((compiled) => compiled.test);

/** Every fact has a bit, in the order of FACT_READERS (at most 31, so a mask stays a small integer). */
const FACT_BITS = FACT_NAMES;
if (FACT_BITS.length > 31) throw new Error(`fast-leader.ts: ${FACT_BITS.length} facts do not fit one mask of bits`);

const sameList = (a: readonly unknown[], b: readonly unknown[]) => {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
};

/**
 * Which facts differ, one bit per fact of FACT_BITS; lists by their items. Written out once at load from the fact
 * list (`a.hosting`, `a.teamSize`, ... in FACT_BITS order): a loop over FACT_READERS calls 28 different functions
 * through one call site, which cost recommend() about 7% against the same comparisons written out. Only the
 * names of FACT_READERS go into the text, each checked to be a plain identifier; no rule data is evaluated.
 */
export const changedFacts = (() => {
  // Which facts are lists: those whose value is an array for any answers (for none at all, say).
  const sample = deriveFacts(resolveValues({}));
  const terms = FACT_BITS.map((fact, bit) => {
    if (!/^[A-Za-z]+$/.test(fact)) throw new Error(`fast-leader.ts: ${fact} is not a plain fact name`);
    return Array.isArray(sample[fact])
      ? `(same(a.${fact}, b.${fact}) ? 0 : ${1 << bit})`
      : `(a.${fact} !== b.${fact} ? ${1 << bit} : 0)`;
  });
  const written = new Function("same", `return (a, b) => ${terms.join(" | ")};`) as (
    same: typeof sameList,
  ) => (a: Facts, b: Facts) => number;
  return written(sameList);
})();

const bitOf = (fact: string) => {
  const bit = (FACT_BITS as readonly string[]).indexOf(fact);
  if (bit < 0) throw new Error(`fast-leader.ts: a rule reads ${fact}, which is not a fact`);
  return 1 << bit;
};
const RULE_MASK = Int32Array.from(RULES, (rule) =>
  leaves(rule.conditions).reduce((mask, c) => mask | bitOf(c.fact), 0),
);

const bitsOf = (...facts: (keyof Facts)[]) => facts.reduce((mask, fact) => mask | bitOf(fact), 0);
const DYNAMIC_FACTS = bitsOf("hosting", "currentPlatform");
const HOST_COUNT_FACT = bitsOf("hostCount");
const TEAM_SIZE_FACT = bitsOf("teamSize");
/** Per fact bit, the rules whose conditions read that fact. */
const FACT_RULES = FACT_BITS.map((_, bit) =>
  Int32Array.from([...RULE_MASK].flatMap((mask, r) => (mask & (1 << bit) ? [r] : []))),
);
const BASE_TENTHS = Math.round(SCORING.base * 10);
const SEVERAL_CLUSTERS_TENTHS = -Math.round(SCORING.severalClusters * 10);

/** Eligibility and points of every platform, as `tally` computes them. */
export interface FastTally {
  eligible: Uint8Array;
  points: Float64Array;
}

/**
 * Where a kept contribution came from, for the explanation (scoring.ts `tally`): a rule's index (0 or more), a
 * per-cluster host limit, the capability level, or a profile firing (`PROFILE_ORIGIN - position`).
 */
export const LIMIT_ORIGIN = -1;
export const LEVEL_ORIGIN_OUT = -2;
export const PROFILE_ORIGIN = -3;

/** A full tally with what the explanation needs: each platform's contributions in the order they arrived. */
export interface Breakdown<T> {
  eligible: boolean[];
  points: number[];
  /** Each platform's complexity cost in points. */
  cost: number[];
  /** The capability the answers need, and the fired level rule that sets it (-1: running containers only). */
  capability: number;
  levelRule: number;
  contributions: T[][];
  /** Per platform, the position among the profile's firings of the exclusion that rules it out (-1: none). */
  profileExcludedBy: Int32Array;
  /** Per platform, whether the hosts are past a per-cluster limit that rules it out. */
  pastHostLimit: boolean[];
}

/**
 * The value model for one catalogue, with its working memory: each catalogue (built-in, or with an organisation's
 * own platforms) gets one, made once (`valueModel`), and every tally on that catalogue runs in it.
 */
const createValueModel = (catalogue: Catalogue) => {
  const PLATFORMS = catalogue.platforms;
  const N = PLATFORMS.length;
  const COMPLEXITY = PLATFORMS.map((p) => p.complexity.value);
  const CAPABILITY = PLATFORMS.map((p) => p.capability.value);
  /**
   * Per platform, the host count past which a per-cluster limit rules it out, and the one past which it must run as
   * several clusters (Infinity where it has none): the smallest such limit, since any one passed counts, and counts
   * once (its key is the same).
   */
  const hostLimitWhere = (test: (beyond: string | undefined) => boolean) =>
    Float64Array.from(PLATFORMS, (p) =>
      Math.min(...p.limits.flatMap((l) => (l.maxHosts !== undefined && test(l.beyond) ? [l.maxHosts] : [])), Infinity),
    );
  const OUT_PAST = hostLimitWhere((beyond) => beyond !== "several-clusters");
  const SPLIT_PAST = hostLimitWhere((beyond) => beyond === "several-clusters");
  /** Points platform i loses for falling short of the capability needed (scoring.ts explains the same number). */
  const shortfallOf = (capability: number, i: number) =>
    tenths(Math.max(0, capability - CAPABILITY[i]!) * SCORING.shortfallPoints);

  /** A rule's event, prepared: which platforms it picks (when no fact decides), its slot and its effect. */
  interface Prepared {
    event: RuleEvent;
    /** The event's type and numbers in fields of one shape, so the hot loop reads no event params. */
    kind: number;
    /** A rate's points, a weigh's factor or a level's capability. */
    amount: number;
    slot: number;
    /** Catalogue indexes picked; null when every platform is (a weigh without targets, a need) or facts decide. */
    hits: Int32Array | null;
    /** Whether `currentPlatform` or `notRunningOn` make the picks depend on the facts. */
    dynamic: boolean;
    /** Per platform, what a need costs it (0 when it has the feature). */
    impacts: Float64Array | null;
    /** Picks by the facts that decide them, for dynamic events. */
    byFacts: (Int32Array | undefined)[];
  }

  const indexesOf = (flags: readonly boolean[]) => Int32Array.from(flags.flatMap((hit, i) => (hit ? [i] : [])));

  const prepare = (event: RuleEvent): Prepared => {
    const params = event.params as TargetParams;
    const dynamic =
      event.type !== "need" && event.type !== "level" && (!!params.currentPlatform || !!params.notRunningOn);
    const everyone = event.type === "need" || event.type === "level" || (event.type === "weigh" && !hasTargets(params));
    const { type } = event;
    return {
      event,
      kind: KINDS[type],
      amount:
        type === "rate"
          ? event.params.points
          : type === "weigh"
            ? event.params.factor
            : type === "level"
              ? event.params.capability
              : 0,
      slot: "key" in event.params ? slotOf(event.params.key) : -1,
      // Only `notRunningOn` and `currentPlatform` read facts, and those events are dynamic: static picks need none.
      hits: everyone || dynamic ? null : indexesOf(picks(catalogue, params, undefined as unknown as Facts)),
      dynamic,
      impacts: event.type === "need" ? Float64Array.from(needImpacts(catalogue, event.params)) : null,
      byFacts: [],
    };
  };

  const PREPARED = RULES.map((rule) => prepare(rule.event));
  const RULE_COUNT = PREPARED.length;

  // One slot per possible key, filled as keys come: an array assigned at scattered indexes turns into a slow
  // dictionary, and the leader search looks these up on every candidate that changes the hosting.
  for (const prepared of PREPARED) {
    if (prepared.dynamic) prepared.byFacts = new Array<Int32Array | undefined>(PICK_KEYS).fill(undefined);
  }
  /** The dynamic picks' key for the facts of this tally; -1 until an event needs it. */
  let dynamicKey = -1;
  const picksFor = (prepared: Prepared, facts: Facts): Int32Array | null => {
    if (!prepared.dynamic) return prepared.hits;
    if (dynamicKey < 0) dynamicKey = pickKey(facts);
    let hits = prepared.byFacts[dynamicKey];
    if (!hits) {
      hits = indexesOf(picks(catalogue, prepared.event.params as TargetParams, facts));
      prepared.byFacts[dynamicKey] = hits;
    }
    return hits;
  };

  /**
   * An organisation's firings (org.ts), prepared once per `Org`: its exclusions, and its adjustments and question
   * requirements as per-platform contributions under their own keys.
   */
  interface PreparedProfile {
    excluded: Uint8Array;
    /** Per platform, the position among the profile's firings of the exclusion that rules it out (-1: none). */
    excludedBy: Int32Array;
    /**
     * Contributions in firing order: platform, slot, points, and the position among the organisation's firings (a
     * requirement contributes to every platform, what its level costs).
     */
    adjustments: { platform: number; slot: number; points: number; firing: number }[];
    /** The adjustments by slot, in tenths of a point, for the incremental tally. */
    bySlot: Map<number, { platform: number; tenths: number }[]>;
    /** Whether every adjustment is a whole number of tenths (the incremental tally counts in tenths). */
    exact: boolean;
  }
  const PROFILES = new WeakMap<Org, PreparedProfile | null>();

  /** Null where there is nothing to prepare (no firings) or it cannot be (more keys than slots): callers check. */
  const prepareProfile = (org: Org): PreparedProfile | null => {
    const known = PROFILES.get(org);
    if (known !== undefined) return known;
    const prepared = prepareFirings(org);
    PROFILES.set(org, prepared);
    return prepared;
  };

  const prepareFirings = (org: Org): PreparedProfile | null => {
    if (org.catalogue !== catalogue) throw new Error("fast-leader.ts: an organisation's firings on another catalogue");
    if (org.firings.length === 0) return null;
    const excluded = new Uint8Array(N);
    const excludedBy = new Int32Array(N).fill(-1);
    const adjustments: PreparedProfile["adjustments"] = [];
    const local = new Map<string, number>();
    const slotFor = (key: string) => {
      let slot = SLOTS.get(key) ?? local.get(key);
      if (slot === undefined && local.size < PROFILE_SLOTS) {
        slot = RULE_SLOTS + local.size;
        local.set(key, slot);
      }
      return slot;
    };
    for (const [firing, { event }] of org.firings.entries()) {
      const platforms = (event.params as TargetParams).platforms ?? [];
      if (event.type === "exclude") {
        for (const id of platforms) {
          const i = catalogue.indexOf(id);
          excluded[i] = 1;
          if (excludedBy[i]! < 0) excludedBy[i] = firing;
        }
      } else if (event.type === "rate") {
        const slot = slotFor(event.params.key);
        if (slot === undefined) return null;
        for (const id of platforms) {
          adjustments.push({ platform: catalogue.indexOf(id), slot, points: event.params.points, firing });
        }
      } else if (event.type === "need") {
        const slot = slotFor(event.params.key);
        if (slot === undefined) return null;
        const impacts = needImpacts(catalogue, event.params);
        for (let i = 0; i < N; i++) adjustments.push({ platform: i, slot, points: impacts[i]!, firing });
      } else return null;
    }
    const bySlot = new Map<number, { platform: number; tenths: number }[]>();
    for (const { platform, slot, points } of adjustments) {
      bySlot.set(slot, [...(bySlot.get(slot) ?? []), { platform, tenths: Math.round(points * 10) }]);
    }
    const exact = adjustments.every(({ points }) => wholeTenths(points));
    return { excluded, excludedBy, adjustments, bySlot, exact };
  };

  const fired = new Uint8Array(RULES.length);
  let previous: Facts | null = null;

  const fire = (facts: Facts) => {
    // The first call tests every rule, including those that read no fact (`"all": []`).
    const changed = previous ? changedFacts(previous, facts) : -1;
    if (changed !== 0) {
      for (let r = 0; r < TESTS.length; r++) {
        if (changed === -1 || RULE_MASK[r]! & changed) fired[r] = TESTS[r]!(facts) ? 1 : 0;
      }
    }
    previous = facts;
  };

  // The tally's working memory: per platform and slot, the strongest impact and the order keys arrived in.
  const value = new Float64Array(N * S);
  /** Where each kept contribution comes from: a rule's index, RULE_COUNT + a profile adjustment's, or below. */
  const origin = new Int32Array(N * S);
  const HOST_LIMIT_ORIGIN = -1;
  const LEVEL_ORIGIN = -2;
  const stamp = new Uint32Array(N * S);
  const order = new Int32Array(N * S);
  const arrived = new Int32Array(N);
  const factor = new Float64Array(N);
  const excluded = new Uint8Array(N);
  let generation = 0;
  /** The capability the last full tally required, the slot its shortfall counted under and the rule that set it. */
  let lastCapability = 0;
  let lastLevelSlot = 0;
  let lastLevelRule = -1;

  const cost = new Int32Array(N);

  /** Rules of each kind, in rule order. */
  const rulesWhere = (test: (prepared: Prepared) => boolean) =>
    Int32Array.from(PREPARED.flatMap((prepared, r) => (test(prepared) ? [r] : [])));
  const LEVEL_RULES = rulesWhere((p) => p.kind === LEVEL);
  const EXCLUDE_RULES = rulesWhere((p) => p.kind === EXCLUDE);
  const WEIGH_RULES = rulesWhere((p) => p.kind === WEIGH);
  const KEYED = (p: Prepared) => p.kind === RATE || p.kind === NEED;

  /** What `levelOf` found: the capability required, the slot its shortfall counts under and its rule (-1: none). */
  let levelCapability = 0;
  let levelSlotOf = 0;
  let levelRuleOf = -1;
  /** The capability the fired rules (one flag per rule) require, and the slot its shortfall counts under. */
  const levelOf = (on: Uint8Array): void => {
    let capability: number = SCORING.baseCapability;
    for (let k = 0; k < LEVEL_RULES.length; k++) {
      const r = LEVEL_RULES[k]!;
      if (on[r] && PREPARED[r]!.amount > capability) capability = PREPARED[r]!.amount;
    }
    levelCapability = capability;
    levelSlotOf = CAPABILITY_SLOT;
    levelRuleOf = -1;
    for (let k = 0; k < LEVEL_RULES.length; k++) {
      const r = LEVEL_RULES[k]!;
      if (on[r] && PREPARED[r]!.amount === capability) {
        levelSlotOf = PREPARED[r]!.slot;
        levelRuleOf = r;
        return;
      }
    }
  };

  /** `excluded`: the fired rules' exclusions, the profile's and the hard per-cluster host limits. */
  const exclusionsOf = (on: Uint8Array, facts: Facts, preparedProfile: PreparedProfile | null) => {
    excluded.fill(0);
    for (let k = 0; k < EXCLUDE_RULES.length; k++) {
      const r = EXCLUDE_RULES[k]!;
      if (!on[r]) continue;
      const hits = picksFor(PREPARED[r]!, facts)!;
      for (let h = 0; h < hits.length; h++) excluded[hits[h]!] = 1;
    }
    if (preparedProfile) for (let i = 0; i < N; i++) if (preparedProfile.excluded[i]) excluded[i] = 1;
    for (let i = 0; i < N; i++) if (facts.hostCount > OUT_PAST[i]!) excluded[i] = 1;
  };

  /** `cost`: each platform's complexity cost in tenths, with the fired rules' factors applied in rule order. */
  const costsOf = (on: Uint8Array, facts: Facts) => {
    factor.fill(1);
    for (let k = 0; k < WEIGH_RULES.length; k++) {
      const r = WEIGH_RULES[k]!;
      if (!on[r]) continue;
      const hits = picksFor(PREPARED[r]!, facts);
      const amount = PREPARED[r]!.amount;
      if (hits) for (let h = 0; h < hits.length; h++) factor[hits[h]!]! *= amount;
      else for (let i = 0; i < N; i++) factor[i]! *= amount;
    }
    costsFor(facts.teamSize);
  };

  /** `cost` from the factors in `factor`, for a team of this size. */
  const costsFor = (teamSize: number) => {
    const weight = complexityWeight(teamSize);
    for (let i = 0; i < N; i++) cost[i] = Math.round(weight * factor[i]! * COMPLEXITY[i]! * 10);
  };

  /** Keeps the stronger of two contributions of one key (`replaces`), or the first of its key, and where it came from. */
  const add = (i: number, slot: number, impact: number, from: number) => {
    const at = i * S + slot;
    if (stamp[at] !== generation) {
      stamp[at] = generation;
      value[at] = impact;
      origin[at] = from;
      order[i * S + arrived[i]!++] = slot;
      return;
    }
    if (replaces(value[at]!, impact)) {
      value[at] = impact;
      origin[at] = from;
    }
  };

  const result: FastTally = { eligible: new Uint8Array(N), points: new Float64Array(N) };

  /**
   * Eligibility and points of every platform for these facts (and organisation): the same numbers as scoring.ts
   * `tally` over the fired events. The returned arrays are reused by the next call. Null when the firings cannot be
   * prepared (then the caller takes the reference path).
   */
  const fastTally = (facts: Facts, org: Org): FastTally | null => {
    const preparedProfile = prepareProfile(org);
    if (org.firings.length > 0 && !preparedProfile) return null;
    fire(facts);
    return tallyOn(fired, facts, preparedProfile);
  };

  /** The value model: eligibility and points of every platform for the rules fired (`on`, by rule index). */
  const tallyOn = (on: Uint8Array, facts: Facts, preparedProfile: PreparedProfile | null): FastTally => {
    generation = (generation + 1) >>> 0;
    if (generation === 0) {
      stamp.fill(0);
      generation = 1;
    }
    arrived.fill(0);
    dynamicKey = -1;
    levelOf(on);
    const capability = levelCapability;
    const levelSlot = levelSlotOf;
    lastCapability = capability;
    lastLevelSlot = levelSlot;
    lastLevelRule = levelRuleOf;
    for (let r = 0; r < PREPARED.length; r++) {
      if (!on[r]) continue;
      const prepared = PREPARED[r]!;
      const { kind, slot, amount } = prepared;
      if (kind === NEED) {
        const impacts = prepared.impacts!;
        for (let i = 0; i < N; i++) add(i, slot, impacts[i]!, r);
      } else if (kind === RATE) {
        const hits = picksFor(prepared, facts)!;
        for (let h = 0; h < hits.length; h++) add(hits[h]!, slot, amount, r);
      }
    }
    if (preparedProfile) {
      const { adjustments } = preparedProfile;
      for (let k = 0; k < adjustments.length; k++) {
        const { platform, slot, points } = adjustments[k]!;
        add(platform, slot, points, RULE_COUNT + k);
      }
    }
    exclusionsOf(on, facts, preparedProfile);
    costsOf(on, facts);
    const { eligible, points } = result;
    for (let i = 0; i < N; i++) {
      if (facts.hostCount > SPLIT_PAST[i]!) add(i, HOST_LIMIT_SLOT, -SCORING.severalClusters, HOST_LIMIT_ORIGIN);
      add(i, levelSlot, -shortfallOf(capability, i), LEVEL_ORIGIN);
      eligible[i] = excluded[i] ? 0 : 1;
      if (!eligible[i]) {
        points[i] = 0;
        continue;
      }
      // cost[i] / 10 is tenths(weight * factor * complexity): the same number.
      let sum = SCORING.base - cost[i]! / 10;
      const base = i * S;
      for (let k = 0; k < arrived[i]!; k++) sum += value[base + order[base + k]!]!;
      points[i] = tenths(sum);
    }
    return result;
  };

  const NO_PROFILE_EXCLUSIONS = new Int32Array(N).fill(-1);

  /**
   * The value model on the fired rules given (`on`, by rule index: json-rules-engine's or the compiled ones'), with
   * every platform's contributions as `make` names them from their origin. scoring.ts explains this; the searches
   * run the same tally without it.
   */
  const breakdown = <T>(
    on: Uint8Array,
    facts: Facts,
    org: Org,
    /** `levelRule`: the fired level rule that sets the capability needed (-1: running containers only). */
    make: (platform: number, impact: number, origin: number, levelRule: number) => T,
  ): Breakdown<T> => {
    const preparedProfile = prepareProfile(org);
    if (org.firings.length > 0 && !preparedProfile) {
      throw new Error(`fast-leader.ts: the organisation's firings have more keys than ${PROFILE_SLOTS}`);
    }
    const t = tallyOn(on, facts, preparedProfile);
    const contributions: T[][] = new Array(N);
    const eligible: boolean[] = new Array(N);
    const points: number[] = new Array(N);
    const costs: number[] = new Array(N);
    const pastHostLimit: boolean[] = new Array(N);
    for (let i = 0; i < N; i++) {
      const base = i * S;
      const list: T[] = new Array(arrived[i]!);
      for (let k = 0; k < arrived[i]!; k++) {
        const at = base + order[base + k]!;
        const from = origin[at]!;
        const kept =
          from >= RULE_COUNT
            ? PROFILE_ORIGIN - preparedProfile!.adjustments[from - RULE_COUNT]!.firing
            : from === LEVEL_ORIGIN
              ? LEVEL_ORIGIN_OUT
              : from;
        list[k] = make(i, value[at]!, kept, lastLevelRule);
      }
      contributions[i] = list;
      eligible[i] = t.eligible[i] === 1;
      points[i] = t.points[i]!;
      costs[i] = cost[i]! / 10;
      pastHostLimit[i] = facts.hostCount > OUT_PAST[i]!;
    }
    return {
      eligible,
      points,
      cost: costs,
      capability: lastCapability,
      levelRule: lastLevelRule,
      contributions,
      profileExcludedBy: preparedProfile ? preparedProfile.excludedBy : NO_PROFILE_EXCLUSIONS,
      pastHostLimit,
    };
  };

  /** scoring.ts `compareEntries` on the fast tally. */
  const compare = (t: FastTally, a: number, b: number): number =>
    t.eligible[b]! - t.eligible[a]! ||
    t.points[b]! - t.points[a]! ||
    (t.eligible[a] ? COMPLEXITY[a]! - COMPLEXITY[b]! || CAPABILITY[b]! - CAPABILITY[a]! : 0) ||
    a - b;

  /**
   * scoring.ts `topTwo` on the fast tally, written into `top` (first, second): the search asks once per candidate, and
   * a fresh pair each time was a third of its garbage.
   */
  const top = new Int32Array(2);
  const fastTopTwo = (t: FastTally): void => {
    let first = 0;
    let second = 1;
    if (compare(t, second, first) < 0) {
      first = 1;
      second = 0;
    }
    for (let i = 2; i < N; i++) {
      if (compare(t, i, first) < 0) {
        second = first;
        first = i;
      } else if (compare(t, i, second) < 0) second = i;
    }
    top[0] = first;
    top[1] = second;
  };

  /*
   * The incremental tally: what-ifs and growth steps each change one answer of the same answers, so the points are
   * tallied once in full for those answers (the anchor) and every candidate recomputes only the keys whose
   * contributions can differ: keys of rules whose firing changed, of rules whose picks follow the hosting or the
   * platform run today when those changed, and the capability and host-limit keys when their inputs changed.
   * Exclusions and complexity costs are recomputed (a few rules) only when a fact they read changed, else reused
   * from the anchor. Points are counted in whole tenths,
   * so the sum is exact in any order and equals `tally`'s rounded sum; a profile whose adjustments are not whole
   * tenths takes the full tally instead.
   */

  /** The keyed rules (rate, need) listed per slot. */
  const DYNAMIC_KEYED = rulesWhere((p) => KEYED(p) && p.dynamic);
  const SLOT_RULES = Array.from({ length: S }, (_, slot) => rulesWhere((p) => KEYED(p) && p.slot === slot));
  /** A rate's points and a need's cost per platform, in tenths. */
  const RATE_TENTHS = Int32Array.from(PREPARED, (p) => (p.kind === RATE ? Math.round(p.amount * 10) : 0));
  const NEED_TENTHS = PREPARED.map((p) => (p.impacts ? Int32Array.from(p.impacts, (x) => Math.round(x * 10)) : null));
  /** Whether the rules' own points are whole tenths (they are whole points): otherwise only full tallies are exact. */
  const RULES_EXACT = PREPARED.every((p) => p.kind !== RATE || wholeTenths(p.amount));

  // The anchor: the last full tally kept for incremental ones, per platform and slot in tenths.
  let anchorFacts: Facts | null = null;
  let anchorOrg: Org | undefined;
  let anchorToken = 0;
  let anchorCapability = 0;
  let anchorLevelSlot = 0;
  const anchorFired = new Uint8Array(RULE_COUNT);
  const anchorExcluded = new Uint8Array(N);
  /** Per platform, the complexity cost in tenths, and the factors the fired rules apply to it. */
  const anchorCost = new Int32Array(N);
  const anchorFactor = new Float64Array(N);
  const anchorValue = new Int32Array(N * S);
  const anchorSum = new Int32Array(N);
  const anchorResult: FastTally = { eligible: new Uint8Array(N), points: new Float64Array(N) };

  /** Tallies these facts in full and keeps the result as the anchor of later incremental tallies. */
  const anchorOn = (facts: Facts, org: Org): FastTally | null => {
    const t = fastTally(facts, org);
    if (!t) return null;
    anchorValue.fill(0);
    for (let i = 0; i < N; i++) {
      const base = i * S;
      let sum = 0;
      for (let k = 0; k < arrived[i]!; k++) {
        const at = base + order[base + k]!;
        anchorValue[at] = Math.round(value[at]! * 10);
        sum += anchorValue[at]!;
      }
      anchorSum[i] = sum;
    }
    anchorFired.set(fired);
    anchorExcluded.set(excluded);
    anchorCost.set(cost);
    anchorFactor.set(factor);
    anchorResult.eligible.set(t.eligible);
    anchorResult.points.set(t.points);
    anchorFacts = facts;
    anchorOrg = org;
    anchorCapability = lastCapability;
    anchorLevelSlot = lastLevelSlot;
    anchorToken++;
    return t;
  };

  const work = new Uint8Array(RULE_COUNT);
  const tested = new Uint32Array(RULE_COUNT);
  let testGeneration = 0;
  const slotMark = new Uint32Array(S);
  let markGeneration = 0;
  const marked = new Int32Array(S);
  let markedCount = 0;
  const mark = (slot: number) => {
    if (slotMark[slot] === markGeneration) return;
    slotMark[slot] = markGeneration;
    marked[markedCount++] = slot;
  };
  const slotValue = new Int32Array(N);
  const slotHas = new Uint8Array(N);
  const sums = new Int32Array(N);
  /** `add` for one slot being recomputed, in tenths. */
  const offer = (i: number, impact: number) => {
    if (!slotHas[i]) {
      slotHas[i] = 1;
      slotValue[i] = impact;
      return;
    }
    if (replaces(slotValue[i]!, impact)) slotValue[i] = impact;
  };

  /** The tally of facts that differ from the anchor's, from the anchor: the same numbers as `fastTally`. */
  const incrementalTally = (facts: Facts, preparedProfile: PreparedProfile | null): FastTally => {
    const changed = changedFacts(anchorFacts!, facts);
    markGeneration = (markGeneration + 1) >>> 0;
    if (markGeneration === 0) {
      slotMark.fill(0);
      markGeneration = 1;
    }
    markedCount = 0;
    dynamicKey = -1;
    work.set(anchorFired);
    testGeneration = (testGeneration + 1) >>> 0;
    if (testGeneration === 0) {
      tested.fill(0);
      testGeneration = 1;
    }
    // Whether exclusions or complexity costs can differ from the anchor's.
    let exclusionsMoved = (changed & (DYNAMIC_FACTS | HOST_COUNT_FACT)) !== 0;
    let costsMoved = (changed & (DYNAMIC_FACTS | TEAM_SIZE_FACT)) !== 0;
    if (changed !== 0) {
      for (let bits = changed; bits !== 0; bits &= bits - 1) {
        const rules = FACT_RULES[31 - Math.clz32(bits & -bits)]!;
        for (let k = 0; k < rules.length; k++) {
          const r = rules[k]!;
          if (tested[r] === testGeneration) continue;
          tested[r] = testGeneration;
          const now = TESTS[r]!(facts) ? 1 : 0;
          work[r] = now;
          if (now === anchorFired[r]) continue;
          const { kind, slot } = PREPARED[r]!;
          if (kind === RATE || kind === NEED) mark(slot);
          else if (kind === EXCLUDE) exclusionsMoved = true;
          else if (kind === WEIGH) costsMoved = true;
        }
      }
      if (changed & DYNAMIC_FACTS) {
        for (let k = 0; k < DYNAMIC_KEYED.length; k++) {
          const r = DYNAMIC_KEYED[k]!;
          if (work[r] || anchorFired[r]) mark(PREPARED[r]!.slot);
        }
      }
    }
    levelOf(work);
    const capability = levelCapability;
    const levelSlot = levelSlotOf;
    if (capability !== anchorCapability || levelSlot !== anchorLevelSlot) {
      mark(levelSlot);
      mark(anchorLevelSlot);
    }
    if (changed & HOST_COUNT_FACT) mark(HOST_LIMIT_SLOT);

    // Nothing the points are made of moved: the anchor's tally stands (most changes within one class of a number).
    if (markedCount === 0 && !exclusionsMoved && !costsMoved) return anchorResult;
    sums.set(anchorSum);
    for (let m = 0; m < markedCount; m++) {
      const slot = marked[m]!;
      slotHas.fill(0);
      const rules = SLOT_RULES[slot]!;
      for (let k = 0; k < rules.length; k++) {
        const r = rules[k]!;
        if (!work[r]) continue;
        const need = NEED_TENTHS[r];
        if (need) for (let i = 0; i < N; i++) offer(i, need[i]!);
        else {
          const hits = picksFor(PREPARED[r]!, facts)!;
          for (let h = 0; h < hits.length; h++) offer(hits[h]!, RATE_TENTHS[r]!);
        }
      }
      const adjustments = preparedProfile?.bySlot.get(slot);
      if (adjustments) for (const { platform, tenths } of adjustments) offer(platform, tenths);
      if (slot === HOST_LIMIT_SLOT) {
        for (let i = 0; i < N; i++) if (facts.hostCount > SPLIT_PAST[i]!) offer(i, SEVERAL_CLUSTERS_TENTHS);
      }
      if (slot === levelSlot) {
        for (let i = 0; i < N; i++) {
          offer(i, -Math.round(shortfallOf(capability, i) * 10));
        }
      }
      for (let i = 0; i < N; i++) sums[i]! += (slotHas[i] ? slotValue[i]! : 0) - anchorValue[i * S + slot]!;
    }

    if (exclusionsMoved) exclusionsOf(work, facts, preparedProfile);
    else excluded.set(anchorExcluded);
    if (costsMoved) costsOf(work, facts);
    else cost.set(anchorCost);
    return pointsInTenths();
  };

  /** `result` from `excluded`, `cost` and the keys' `sums`, all in tenths. */
  const pointsInTenths = (): FastTally => {
    const { eligible, points } = result;
    for (let i = 0; i < N; i++) {
      eligible[i] = excluded[i] ? 0 : 1;
      points[i] = excluded[i] ? 0 : (BASE_TENTHS - cost[i]! + sums[i]!) / 10;
    }
    return result;
  };

  /**
   * A leader search for answers that each differ from `base` in a few answers (what-ifs, growth steps): `base` is
   * tallied in full once, and every call after that only where its facts differ (`incrementalTally`). Takes the
   * full tally when the profile cannot be counted in tenths, or when another search moved the anchor meanwhile.
   */
  const tallyFrom = (base: Facts, org: Org) => {
    let token = -1;
    /** The prepared profile when incremental tallies are exact for it, after anchoring on `base`; else null. */
    const anchored = (): { preparedProfile: PreparedProfile | null } | null => {
      const preparedProfile = prepareProfile(org);
      if ((org.firings.length > 0 && !preparedProfile?.exact) || !RULES_EXACT) return null;
      if (token !== anchorToken || anchorFacts !== base || anchorOrg !== org) {
        if (!anchorOn(base, org)) return null;
        token = anchorToken;
      }
      return { preparedProfile };
    };
    return {
      tally: (facts: Facts): FastTally | null => {
        const anchor = anchored();
        return anchor ? incrementalTally(facts, anchor.preparedProfile) : fastTally(facts, org);
      },
      /**
       * The tally with only the team size changed, to one that fires the same rules as the anchor's (the caller
       * knows: the same leader class): only the complexity weight moves, so the costs are recomputed from the
       * anchor's factors (`costsFor`, as `costsOf` does) and the rest is the anchor's. The same numbers as `tally` on
       * those facts; null when the tally would not be incremental.
       */
      teamSizeTally: (teamSize: number): FastTally | null => {
        if (!anchored()) return null;
        factor.set(anchorFactor);
        costsFor(teamSize);
        excluded.set(anchorExcluded);
        sums.set(anchorSum);
        return pointsInTenths();
      },
      /**
       * Whether no change to this one answer can put another platform ahead of `leader` on points: proven from the
       * anchor without evaluating any change (false when it cannot be proven).
       */
      settled: (question: string, leader: number): boolean => {
        const anchor = anchored();
        return anchor ? cannotOvertake(question, leader, anchor.preparedProfile) : false;
      },
    };
  };

  /*
   * Bounds without evaluating: a change to one answer moves only the facts FACTS_MOVED_BY names. Where those facts
   * feed no exclusion, no capability level, no pick that follows the hosting and neither the host count nor the
   * team size, each platform's points can move only on the keys of the rules that read them (each key's value stays
   * one of the contributions that key can take) and through the complexity factors of those rules. If even the
   * best case for every other platform against the worst case for the leader leaves the leader ahead or level,
   * no change to that answer can make another platform lead on points, and the what-if scan skips it.
   */

  /** What a change to one answer can reach in the tally, or null where it cannot be bounded this way. */
  interface Reach {
    slots: Int32Array;
    /** The complexity factors (weigh rules) that read a fact the answer moves. */
    weighs: Int32Array;
  }
  const REACH = new Map<string, Reach | null>(
    Object.entries(FACTS_MOVED_BY).map(([question, moved]) => {
      if (moved === "all") return [question, null];
      const mask = bitsOf(...moved);
      if (mask & (DYNAMIC_FACTS | HOST_COUNT_FACT | TEAM_SIZE_FACT)) return [question, null];
      const rules = [...RULE_MASK].flatMap((readMask, r) => (readMask & mask ? [r] : []));
      if (rules.some((r) => PREPARED[r]!.kind === EXCLUDE || PREPARED[r]!.kind === LEVEL)) return [question, null];
      return [
        question,
        {
          slots: Int32Array.from(new Set(rules.filter((r) => KEYED(PREPARED[r]!)).map((r) => PREPARED[r]!.slot))),
          weighs: Int32Array.from(rules.filter((r) => PREPARED[r]!.kind === WEIGH)),
        },
      ];
    }),
  );

  /** Per platform and slot, the weakest and strongest contribution the rules of that slot can make (0: none). */
  const OFFER_MIN = new Int32Array(N * S);
  const OFFER_MAX = new Int32Array(N * S);
  for (let slot = 0; slot < S; slot++) {
    for (const r of SLOT_RULES[slot]!) {
      const prepared = PREPARED[r]!;
      for (let i = 0; i < N; i++) {
        // A rate counts for the platforms it picks; one whose picks follow the facts may pick any.
        const picked = prepared.kind === NEED || prepared.dynamic || prepared.hits!.includes(i);
        if (!picked) continue;
        const impact = prepared.kind === NEED ? NEED_TENTHS[r]![i]! : RATE_TENTHS[r]!;
        OFFER_MIN[i * S + slot] = Math.min(OFFER_MIN[i * S + slot]!, impact);
        OFFER_MAX[i * S + slot] = Math.max(OFFER_MAX[i * S + slot]!, impact);
      }
    }
  }

  /** How far a change to the answer can move platform i's points from the anchor's, at most (up) or at least. */
  const reachOf = (reach: Reach, i: number, up: boolean, preparedProfile: PreparedProfile | null): number => {
    let delta = 0;
    for (let k = 0; k < reach.slots.length; k++) {
      const slot = reach.slots[k]!;
      const at = i * S + slot;
      const now = anchorValue[at]!;
      let low = Math.min(OFFER_MIN[at]!, now);
      let high = Math.max(OFFER_MAX[at]!, now);
      const adjustments = preparedProfile?.bySlot.get(slot);
      if (adjustments) {
        for (const { platform, tenths } of adjustments) {
          if (platform !== i) continue;
          low = Math.min(low, tenths);
          high = Math.max(high, tenths);
        }
      }
      if (slot === anchorLevelSlot) {
        const short = -Math.round(shortfallOf(anchorCapability, i) * 10);
        low = Math.min(low, short);
        high = Math.max(high, short);
      }
      delta += (up ? high : low) - now;
    }
    if (reach.weighs.length > 0) {
      // The factors the answer cannot move stay; each one it can move may apply or not.
      dynamicKey = -1;
      let fixed = 1;
      let least = 1;
      let most = 1;
      for (let k = 0; k < WEIGH_RULES.length; k++) {
        const r = WEIGH_RULES[k]!;
        const hits = picksFor(PREPARED[r]!, anchorFacts!);
        if (hits && !hits.includes(i)) continue;
        const amount = PREPARED[r]!.amount;
        if (reach.weighs.includes(r)) {
          if (amount < 1) least *= amount;
          else most *= amount;
        } else if (anchorFired[r]) fixed *= amount;
      }
      const weight = complexityWeight(anchorFacts!.teamSize);
      // One tenth either way covers the order the factors are multiplied in.
      const cheapest = Math.round(weight * fixed * least * COMPLEXITY[i]! * 10) - 1;
      const dearest = Math.round(weight * fixed * most * COMPLEXITY[i]! * 10) + 1;
      delta += anchorCost[i]! - (up ? cheapest : dearest);
    }
    return delta;
  };

  const cannotOvertake = (question: string, leader: number, preparedProfile: PreparedProfile | null): boolean => {
    const reach = REACH.get(question);
    if (!reach || anchorExcluded[leader]) return false;
    const pointsOf = (i: number) => BASE_TENTHS - anchorCost[i]! + anchorSum[i]!;
    const floor = pointsOf(leader) + reachOf(reach, leader, false, preparedProfile);
    for (let i = 0; i < N; i++) {
      if (i === leader || anchorExcluded[i]) continue;
      if (pointsOf(i) + reachOf(reach, i, true, preparedProfile) > floor) return false;
    }
    return true;
  };

  return { size: N, fastTally, breakdown, fastTopTwo, top, tallyFrom };
};

export type ValueModel = ReturnType<typeof createValueModel>;

const MODELS = new WeakMap<Catalogue, ValueModel>();

/** The value model of a catalogue, made on first use. */
export const valueModel = (catalogue: Catalogue): ValueModel => {
  let model = MODELS.get(catalogue);
  if (!model) {
    model = createValueModel(catalogue);
    MODELS.set(catalogue, model);
  }
  return model;
};
