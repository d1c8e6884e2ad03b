import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Seed } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { resolveAnswers } from "./assumptions.ts";
import { placeholders } from "./explain.ts";
import { deriveFacts } from "./facts.ts";
import { RULES } from "./ruleset.ts";
import { leaves } from "./thresholds.ts";

const SOURCES = fileURLToPath(new URL("../../../docs/sources", import.meta.url));
const SHARED_SEEDS = fileURLToPath(new URL("../../../../shared/seeds", import.meta.url));
const SEEDS = readdirSync(SOURCES).filter((name) => name.endsWith(".txt"));
/** Public guides a rule may cite instead of a seed: vendor and project documentation, by title. */
const GUIDE =
  /^(Kubernetes docs|K3s docs|AWS docs|Azure docs|Docker docs|Knative documentation|The Twelve-Factor App): /;

const FACT_NAMES = Object.keys(deriveFacts(resolveAnswers({}).resolved));

describe("the ruleset", () => {
  it("keeps a copy of every seed the model names in docs/sources, each matching its recorded SHA-256", () => {
    expect([...SEEDS].sort()).toEqual(Object.values(Seed).sort());
    const sums = readFileSync(join(SOURCES, "SHA256SUMS"), "utf8").trim().split("\n");
    const recorded = new Map(sums.map((line) => [line.slice(66), line.slice(0, 64)]));
    expect([...recorded.keys()].sort()).toEqual([...SEEDS].sort());
    for (const name of SEEDS) {
      const digest = createHash("sha256")
        .update(readFileSync(join(SOURCES, name)))
        .digest("hex");
      expect(digest, name).toBe(recorded.get(name));
    }
  });

  // ../shared/seeds sits beside the clone only on the machines the project was started on: compare where it does.
  const shared = existsSync(SHARED_SEEDS);
  if (!shared) console.info("ruleset.test: no ../shared/seeds beside this clone; docs/sources checked on its own");
  if (shared)
    it("matches ../shared/seeds, which sits beside this clone", () => {
      expect(readdirSync(SHARED_SEEDS).sort()).toEqual([...SEEDS].sort());
      for (const name of SEEDS)
        expect(readFileSync(join(SOURCES, name), "utf8")).toBe(readFileSync(join(SHARED_SEEDS, name), "utf8"));
    });

  it("has rules in every criterion file, each counting under its file's criterion", () => {
    const criteria = new Set(RULES.map((rule) => rule.name.split(".")[0]));
    expect([...criteria].sort()).toEqual(
      ["capability", "fit", "guidance", "migration", "operability", "preference"].sort(),
    );
    for (const rule of RULES) {
      const { params } = rule.event;
      if ("criterion" in params) expect(params.criterion).toBe(rule.name.split(".")[0]);
    }
  });

  it.each(RULES.map((rule) => [rule.name, rule] as const))(
    "%s cites a seed section or a named public guide",
    (_, rule) => {
      const { source } = rule.event.params;
      const seed = source.split(":")[0]!;
      if (SEEDS.includes(seed)) expect(source.length).toBeGreaterThan(seed.length + 3);
      else expect(source).toMatch(GUIDE);
    },
  );

  it.each(RULES.map((rule) => [rule.name, rule] as const))(
    "%s reads only known facts and explains with what it read",
    (_, rule) => {
      const read = leaves(rule.conditions).map((condition) => condition.fact);
      for (const fact of read) expect(FACT_NAMES).toContain(fact);
      const params = rule.event.params as { reason: string; conflict?: string; met?: string };
      for (const template of [params.reason, params.conflict ?? "", params.met ?? ""]) {
        for (const key of placeholders(template)) if (key !== "platform") expect(read).toContain(key);
      }
    },
  );

  it("keeps its citations in event params, where json-rules-engine's Rule.toJSON keeps them", async () => {
    const { Rule } = await import("json-rules-engine");
    for (const rule of RULES) {
      const json = new Rule(rule as never).toJSON(false) as unknown as { event: { params: { source: string } } };
      expect(json.event.params.source).toBe(rule.event.params.source);
    }
  });
});
