import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Answers, Recommendation, RecommendationSummary } from "@platform-advisor/model";
import type { Coding } from "./accept-encoding.ts";
import type { AppDeps, Recommend, RecommendSummary } from "./app-deps.ts";

/** A recommendation's JSON, encoded once; the type remembers what it encodes. */
export type JsonBytes<T> = Uint8Array<ArrayBuffer> & { readonly encodes?: T };

/** A response body, compressed in the coding the client prefers when the cache can keep the compressed bytes. */
export type EncodedJson<T> = { bytes: JsonBytes<T>; coding: Coding | null };

export type RecommendationCache = {
  recommend: Recommend;
  /**
   * The recommendation as response bytes: serialising (and compressing) 15
   * ranked platforms costs far more than looking the bytes up.
   */
  recommendJson: (answers: Answers, coding: Coding | null) => Promise<EncodedJson<Recommendation>>;
  /** The compact view, decided on its own: cutting it from the full view would pay for reasons it drops. */
  recommendSummary: RecommendSummary;
  /**
   * The compact view as response bytes, never compressed: for its 2 to 5 kB brotli at its fastest took about as
   * long as deciding it (60 µs), and a compact view is asked for again and again less often than it is decided.
   */
  recommendSummaryJson: (answers: Answers) => Promise<EncodedJson<RecommendationSummary>>;
};

/** One view's JSON, and the platform it recommends (for `served`). */
type Kept<T> = { recommended: Recommendation["recommended"]; json: JsonBytes<T> };

/** What is kept for one answer set: each view once it has been asked for, the full one in each coding asked for. */
type Entry = {
  full?: Promise<Kept<Recommendation>>;
  br?: Promise<JsonBytes<Recommendation>>;
  gzip?: Promise<JsonBytes<Recommendation>>;
  summary?: Promise<Kept<RecommendationSummary>>;
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const encode = <T>(value: T) => encoder.encode(JSON.stringify(value)) as JsonBytes<T>;
const decode = <T>(json: JsonBytes<T>) => JSON.parse(decoder.decode(json)) as T;
// Both at their fastest setting, on this thread. For a 16 kB recommendation gzip level 1 takes about 75 µs (3.2 kB);
// brotli quality 0 with a 64 kB window about 35 µs (3.3 kB), against 47 µs at quality 1 for 12 bytes less (a larger
// window only costs its set-up: recommendations are far smaller). The thread pool's gzip measured no faster under
// load (its per-call stream set-up costs this thread about as much) while its threads' allocator arenas held more
// memory.
const COMPRESS: Record<Coding, (json: Uint8Array) => Buffer> = {
  gzip: (json) => gzipSync(json, { level: constants.Z_BEST_SPEED }),
  br: (json) =>
    brotliCompressSync(json, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MIN_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: 16,
        [constants.BROTLI_PARAM_SIZE_HINT]: json.byteLength,
      },
    }),
};
const compress = async (kept: Promise<Kept<Recommendation>>, coding: Coding) => {
  const packed = COMPRESS[coding]((await kept).json);
  return new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength) as JsonBytes<Recommendation>;
};

/**
 * Remembers the last `size` answer sets, least recently used out first, with
 * each view asked for as its JSON bytes (and the full view's compressed bytes
 * once a client accepted them): a recommendation's object graph takes several
 * times the memory of its JSON, and a route that wants the object gets a fresh
 * copy parsed from the bytes. The two views are decided apart, each by its own
 * function of `decide`: the compact view is several times cheaper to decide
 * than the full one, and about as cheap to decide as to cut from the full
 * view's kept JSON (measured, issue 19). Safe because the contract makes a
 * recommendation a pure function of the answers and the ruleset, and one
 * process runs one ruleset. Keys are the answers as the edge parsed them,
 * whose keys zod writes in schema order. Failures are not remembered. Size 0
 * turns it off, and with it compression, which only pays when its result is
 * kept. `served` sees every recommendation handed out, in either view, from
 * the cache or not (for metrics).
 */
export const recommendationCache = (
  decide: Pick<AppDeps, "recommend" | "recommendSummary">,
  size: number,
  served: (recommendation: Pick<Recommendation, "recommended">) => void = () => {},
): RecommendationCache => {
  const handOut = <T extends Pick<Recommendation, "recommended">>(recommendation: T) => {
    served(recommendation);
    return recommendation;
  };
  if (size === 0) {
    return {
      recommend: async (answers) => handOut(await decide.recommend(answers)),
      recommendJson: async (answers) => ({ bytes: encode(handOut(await decide.recommend(answers))), coding: null }),
      recommendSummary: async (answers) => handOut(await decide.recommendSummary(answers)),
      recommendSummaryJson: async (answers) => ({
        bytes: encode(handOut(await decide.recommendSummary(answers))),
        coding: null,
      }),
    };
  }
  const entries = new Map<string, Entry>();
  /** The entry for these answers, now the most recently used; a new, empty one (pushing the oldest out) if none. */
  const entryFor = (answers: Answers) => {
    const key = JSON.stringify(answers);
    const hit = entries.get(key);
    if (hit) entries.delete(key);
    const entry: Entry = hit ?? {};
    entries.set(key, entry);
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    return { key, entry };
  };
  /** A decision kept as JSON; a failed one takes its entry with it, unless that entry has been replaced since. */
  const keep = <T extends Pick<Recommendation, "recommended">>(key: string, entry: Entry, decided: Promise<T>) => {
    const kept = decided.then((value) => ({ recommended: value.recommended, json: encode(value) }));
    kept.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    return kept;
  };
  /** The full view's kept JSON, and the recommendation itself when this call decided it. */
  const full = (answers: Answers) => {
    const { key, entry } = entryFor(answers);
    if (entry.full) return { entry, kept: entry.full };
    const decided = decide.recommend(answers);
    entry.full = keep(key, entry, decided);
    return { entry, kept: entry.full, decided };
  };
  /** The compact view's kept JSON, and the summary itself when this call decided it. */
  const summary = (answers: Answers) => {
    const { key, entry } = entryFor(answers);
    if (entry.summary) return { kept: entry.summary };
    const decided = decide.recommendSummary(answers);
    entry.summary = keep(key, entry, decided);
    return { kept: entry.summary, decided };
  };
  return {
    recommend: async (answers) => {
      const { kept, decided } = full(answers);
      return handOut(decided ? await decided : decode((await kept).json));
    },
    recommendJson: async (answers, coding) => {
      const { entry, kept } = full(answers);
      const { recommended, json } = await kept;
      served({ recommended });
      if (!coding) return { bytes: json, coding: null };
      const compressed = entry[coding] ?? compress(kept, coding);
      entry[coding] = compressed;
      return { bytes: await compressed, coding };
    },
    recommendSummary: async (answers) => {
      const { kept, decided } = summary(answers);
      return handOut(decided ? await decided : decode((await kept).json));
    },
    recommendSummaryJson: async (answers) => {
      const { recommended, json } = await summary(answers).kept;
      served({ recommended });
      return { bytes: json, coding: null };
    },
  };
};
