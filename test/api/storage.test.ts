import { type AssessmentStore, assessmentStore, type Storage } from "@platform-advisor/api";
import type { Recommendation } from "@platform-advisor/model";
import { recommend } from "@platform-advisor/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStorage, STORES, stopStores } from "./stores.ts";

afterAll(stopStores);

const ANSWERS = { teamSize: 6, containerCount: 20 };

describe.each(STORES)("the %s store", (kind) => {
  let storage: Storage;
  let store: AssessmentStore;
  let recommendation: Recommendation;
  beforeAll(async () => {
    storage = await freshStorage(kind);
    store = assessmentStore(storage);
    recommendation = await recommend(ANSWERS);
  }, 120_000);
  afterAll(() => storage?.close());

  const save = (id: string, team: string | undefined, createdBy?: string) =>
    store.save(
      { workload: { id, ...(team ? { team } : {}) }, answers: ANSWERS, createdBy },
      recommendation,
      new Date("2026-12-01T10:00:00Z"),
    );

  it("keeps who saved an assessment, and leaves it out when the save named nobody", async () => {
    const named = await save("by-someone", "payments", "ci-token");
    const anonymous = await save("by-nobody", "payments");
    expect(named.createdBy).toBe("ci-token");
    expect(anonymous).not.toHaveProperty("createdBy");
    expect((await store.get(named.id))?.createdBy).toBe("ci-token");
    const { items } = await store.list({ team: "payments", limit: 10 });
    expect(items.map((item) => [item.workload.id, item.createdBy])).toEqual([
      ["by-nobody", undefined],
      ["by-someone", "ci-token"],
    ]);
  });

  it("filters lists and the portfolio by a set of teams; an empty set matches nothing", async () => {
    await save("search-api", "search");
    await save("ledger", "finance");
    await save("no-team", undefined);
    const listed = await store.list({ teams: ["search", "finance"], limit: 100 });
    expect(listed.items.map((item) => item.workload.id).sort()).toEqual(["ledger", "search-api"]);
    expect((await store.list({ teams: [], limit: 100 })).items).toEqual([]);
    expect((await store.list({ teams: ["search"], team: "finance", limit: 100 })).items).toEqual([]);
    const latest = await store.latestPerWorkload(undefined, { teams: ["finance", "payments"] });
    expect(latest.map((entry) => entry.workload.id)).toEqual(["by-nobody", "by-someone", "ledger"]);
    expect(await store.latestPerWorkload(undefined, { teams: [] })).toEqual([]);
  });

  it("answers the readiness ping", async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});
