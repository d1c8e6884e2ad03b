import { promisify } from "node:util";
import { constants, gzip as gzipCallback } from "node:zlib";
import type { Answers, Recommendation } from "@platform-advisor/model";
import type { Recommend } from "./app-deps.ts";

const gzip = promisify(gzipCallback);

/** A recommendation's JSON, encoded once; the type remembers what it encodes. */
export type JsonBytes<T> = Uint8Array<ArrayBuffer> & { readonly encodes?: T };

/** A response body, gzipped when the client accepts it and the cache can keep the compressed bytes. */
export type EncodedJson<T> = { bytes: JsonBytes<T>; gzip: boolean };

export type RecommendationCache = {
  recommend: Recommend;
  /**
   * The recommendation as response bytes: serialising (and compressing) 15
   * ranked platforms costs far more than looking the bytes up.
   */
  recommendJson: (answers: Answers, acceptsGzip: boolean) => Promise<EncodedJson<Recommendation>>;
};

type Entry = {
  value: Promise<Recommendation>;
  json?: Promise<JsonBytes<Recommendation>>;
  gzip?: Promise<JsonBytes<Recommendation>>;
};

const encoder = new TextEncoder();
const encode = async (value: Promise<Recommendation>) =>
  encoder.encode(JSON.stringify(await value)) as JsonBytes<Recommendation>;
const compress = async (json: Promise<JsonBytes<Recommendation>>) => {
  // The fastest level: half the CPU of the default for an 18 kB recommendation, and 3.3 kB instead of 2.9 kB.
  const zipped = await gzip(await json, { level: constants.Z_BEST_SPEED });
  return new Uint8Array(zipped.buffer, zipped.byteOffset, zipped.byteLength) as JsonBytes<Recommendation>;
};

/**
 * Remembers the last `size` recommendations, least recently used out first,
 * with their JSON (plain and gzipped) once a route asked for it. Safe because
 * the contract makes a recommendation a pure function of the answers and the
 * ruleset, and one process runs one ruleset. Keys are the answers as the edge
 * parsed them, whose keys zod writes in schema order. Failures are not
 * remembered. Size 0 turns it off, and with it compression, which only pays
 * when its result is kept. `served` sees every recommendation handed out,
 * from the cache or not (for metrics).
 */
export const recommendationCache = (
  compute: Recommend,
  size: number,
  served: (recommendation: Recommendation) => void = () => {},
): RecommendationCache => {
  const recommend: Recommend = async (answers) => {
    const recommendation = await compute(answers);
    served(recommendation);
    return recommendation;
  };
  if (size === 0) {
    return { recommend, recommendJson: async (answers) => ({ bytes: await encode(recommend(answers)), gzip: false }) };
  }
  const entries = new Map<string, Entry>();
  const entry = (answers: Answers): Entry => {
    const key = JSON.stringify(answers);
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const fresh: Entry = { value: compute(answers) };
    entries.set(key, fresh);
    fresh.value.catch(() => entries.delete(key));
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    return fresh;
  };
  return {
    recommend: async (answers) => {
      const recommendation = await entry(answers).value;
      served(recommendation);
      return recommendation;
    },
    recommendJson: async (answers, acceptsGzip) => {
      const found = entry(answers);
      served(await found.value);
      found.json ??= encode(found.value);
      if (!acceptsGzip) return { bytes: await found.json, gzip: false };
      found.gzip ??= compress(found.json);
      return { bytes: await found.gzip, gzip: true };
    },
  };
};
