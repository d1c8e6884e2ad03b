import type { Answers, Recommendation } from "@platform-advisor/model";
import type { Recommend } from "./app-deps.ts";

/** A recommendation's JSON, encoded once; the type remembers what it encodes. */
export type JsonBytes<T> = Uint8Array<ArrayBuffer> & { readonly encodes?: T };

export type RecommendationCache = {
  recommend: Recommend;
  /** The recommendation as response bytes: serialising 15 ranked platforms costs more than looking them up. */
  recommendJson: (answers: Answers) => Promise<JsonBytes<Recommendation>>;
};

type Entry = { value: Promise<Recommendation>; json?: Promise<JsonBytes<Recommendation>> };

const encoder = new TextEncoder();
const encode = async (value: Promise<Recommendation>) =>
  encoder.encode(JSON.stringify(await value)) as JsonBytes<Recommendation>;

/**
 * Remembers the last `size` recommendations, least recently used out first,
 * with their JSON once a route asked for it. Safe because the contract makes a
 * recommendation a pure function of the answers and the ruleset, and one
 * process runs one ruleset. Keys are the answers as the edge parsed them, whose
 * keys zod writes in schema order. Failures are not remembered. Size 0 turns
 * it off.
 */
export const recommendationCache = (recommend: Recommend, size: number): RecommendationCache => {
  if (size === 0) return { recommend, recommendJson: (answers) => encode(recommend(answers)) };
  const entries = new Map<string, Entry>();
  const entry = (answers: Answers): Entry => {
    const key = JSON.stringify(answers);
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const fresh: Entry = { value: recommend(answers) };
    entries.set(key, fresh);
    fresh.value.catch(() => entries.delete(key));
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    return fresh;
  };
  return {
    recommend: (answers) => entry(answers).value,
    recommendJson: (answers) => {
      const found = entry(answers);
      found.json ??= encode(found.value);
      return found.json;
    },
  };
};
