import { isDeepStrictEqual } from "node:util";
import { pruneToPath, QUESTIONNAIRE } from "@platform-advisor/model";
import { resolveValues } from "../assumptions.ts";
import { evaluate } from "../compiled.ts";
import { createEngine, runEngine } from "../engine.ts";
import { deriveFacts } from "../facts.ts";
import { verificationSweep } from "./answer-space.ts";

export interface EquivalenceReport {
  checked: number;
  mismatches: number;
  seconds: number;
}

/**
 * Runs json-rules-engine, the engine of record, and the compiled rules side by side over the verification sweep
 * (every n-th answer set): both must fire the same rules in the same order and read the same fact values.
 */
export const proveEquivalence = async (every = 1): Promise<EquivalenceReport> => {
  const started = performance.now();
  const engine = createEngine();
  let checked = 0;
  let mismatches = 0;
  for (const answers of verificationSweep(every)) {
    checked++;
    const facts = deriveFacts(resolveValues(pruneToPath(QUESTIONNAIRE, answers)));
    if (!isDeepStrictEqual(evaluate(facts), await runEngine(engine, facts))) mismatches++;
  }
  return { checked, mismatches, seconds: (performance.now() - started) / 1000 };
};
