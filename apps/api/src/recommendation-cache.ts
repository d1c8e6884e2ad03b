import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Answers, Recommendation } from "@platform-advisor/model";
import type { Coding } from "./accept-encoding.ts";
import type { Recommend } from "./app-deps.ts";

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
};

type Entry = {
  /** The platform recommended (for `served`), once decided. */
  recommended?: Recommendation["recommended"];
  json: Promise<JsonBytes<Recommendation>>;
  /** The JSON compressed in each coding a client asked for. */
  br?: Promise<JsonBytes<Recommendation>>;
  gzip?: Promise<JsonBytes<Recommendation>>;
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const encode = (value: Recommendation) => encoder.encode(JSON.stringify(value)) as JsonBytes<Recommendation>;
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
const compress = async (json: Promise<JsonBytes<Recommendation>>, coding: Coding) => {
  const packed = COMPRESS[coding](await json);
  return new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength) as JsonBytes<Recommendation>;
};

/**
 * Remembers the last `size` recommendations, least recently used out first,
 * as their JSON bytes (and compressed bytes once a client accepted them): a
 * recommendation's object graph takes several times the memory of its JSON,
 * and a route that wants the object gets a fresh copy parsed from the bytes.
 * Safe because the contract makes a recommendation a pure function of the
 * answers and the ruleset, and one process runs one ruleset. Keys are the
 * answers as the edge parsed them, whose keys zod writes in schema order.
 * Failures are not remembered. Size 0 turns it off, and with it compression,
 * which only pays when its result is kept. `served` sees every recommendation
 * handed out, from the cache or not (for metrics).
 */
export const recommendationCache = (
  compute: Recommend,
  size: number,
  served: (recommendation: Pick<Recommendation, "recommended">) => void = () => {},
): RecommendationCache => {
  const recommend: Recommend = async (answers) => {
    const recommendation = await compute(answers);
    served(recommendation);
    return recommendation;
  };
  if (size === 0) {
    return { recommend, recommendJson: async (answers) => ({ bytes: encode(await recommend(answers)), coding: null }) };
  }
  const entries = new Map<string, Entry>();
  /** The entry for these answers, and the recommendation itself when this call decided it. */
  const entry = (answers: Answers): { found: Entry; decided?: Promise<Recommendation> } => {
    const key = JSON.stringify(answers);
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return { found: hit };
    }
    const decided = compute(answers);
    const fresh: Entry = {
      json: decided.then((recommendation) => {
        fresh.recommended = recommendation.recommended;
        return encode(recommendation);
      }),
    };
    entries.set(key, fresh);
    fresh.json.catch(() => entries.delete(key));
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    return { found: fresh, decided };
  };
  return {
    recommend: async (answers) => {
      const { found, decided } = entry(answers);
      const recommendation = decided ? await decided : (JSON.parse(decoder.decode(await found.json)) as Recommendation);
      served(recommendation);
      return recommendation;
    },
    recommendJson: async (answers, coding) => {
      const { found } = entry(answers);
      const json = await found.json;
      served({ recommended: found.recommended! });
      if (!coding) return { bytes: json, coding: null };
      found[coding] ??= compress(found.json, coding);
      return { bytes: await found[coding], coding };
    },
  };
};
