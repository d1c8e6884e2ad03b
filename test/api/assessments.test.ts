import { type AssessmentStore, assessmentStore, type Storage } from "@platform-advisor/api";
import { PLATFORM_IDS, type Recommendation } from "@platform-advisor/model";
import { RULESET_VERSION } from "@platform-advisor/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, testApp } from "./harness.ts";
import { freshStorage, STORES, stopStores } from "./stores.ts";

afterAll(stopStores);

const ANSWERS = { teamSize: 8, containerCount: 40, hostCount: 3, hosting: ["aws"], currentPlatform: "docker-compose" };
let unique = 0;
const name = (prefix: string) => `${prefix}-${process.pid}-${++unique}`;

describe.each(STORES)("saved assessments on the %s store", (kind) => {
  let storage: Storage;
  let store: AssessmentStore;
  let app: ReturnType<typeof testApp>["app"];

  beforeAll(async () => {
    storage = await freshStorage(kind);
    store = assessmentStore(storage);
    app = testApp({}, { store }).app;
  }, 120_000);
  afterAll(() => storage?.close());

  const save = (body: unknown) => app.request("/api/v1/assessments", json(body));
  const get = (path: string) => app.request(path);

  it("saves with 201 and Location, and reads it back with today's evaluation", async () => {
    const workload = { id: name("checkout-api"), name: "Checkout API", team: "payments" };
    const response = await save({ workload, answers: ANSWERS, note: "quarterly review" });
    expect(response.status).toBe(201);
    const saved = await response.json();
    expect(response.headers.get("location")).toBe(`/api/v1/assessments/${saved.id}`);
    expect(saved).toMatchObject({
      workload,
      answers: ANSWERS,
      note: "quarterly review",
      rulesetVersion: RULESET_VERSION,
    });
    expect(saved.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(saved.profile).toBeNull();
    expect(saved.recommendation.ranking).toHaveLength(PLATFORM_IDS.length);

    const read = await get(response.headers.get("location")!);
    expect(read.status).toBe(200);
    const detail = await read.json();
    expect(detail).toMatchObject({ id: saved.id, workload, note: "quarterly review", createdAt: saved.createdAt });
    expect(detail.recommendation).toEqual(saved.recommendation);
    expect(detail.current).toEqual(saved.recommendation);
    expect(detail.changes).toBeUndefined();
  });

  it("refuses answers to questions no profile defines, and still serves one saved before that check", async () => {
    const workload = { id: name("custom-answers") };
    const refused = await save({ workload, answers: { ...ANSWERS, custom: { "pci-scope": "yes" } } });
    expect(refused.status).toBe(400);
    const problem = await refused.json();
    expect(problem.errors.map((error: { path: string }) => error.path)).toEqual(["answers.custom.pci-scope"]);

    const answers = { ...ANSWERS, custom: { "pci-scope": "yes" } } as Parameters<typeof store.save>[0]["answers"];
    const recommendation = (await (await save({ workload, answers: ANSWERS })).json()).recommendation as Recommendation;
    const older = await store.save({ workload, answers }, recommendation, new Date());
    const read = await get(`/api/v1/assessments/${older.id}`);
    expect(read.status).toBe(200);
    const detail = await read.json();
    expect(detail.answers.custom).toEqual({ "pci-scope": "yes" });
    expect(detail.recommendation).toEqual(recommendation);
    expect(detail.current).toBeNull();
  });

  it("answers 400 naming the fields at fault, oversized ones included", async () => {
    const cases: [unknown, string[]][] = [
      [{ workload: { id: "has space" }, answers: {} }, ["workload.id"]],
      [{ workload: { id: "" }, answers: {} }, ["workload.id"]],
      [{ workload: { id: "x".repeat(101) }, answers: {} }, ["workload.id"]],
      [
        { workload: { id: "ok", name: "n".repeat(201), team: "t".repeat(101) }, answers: {} },
        ["workload.name", "workload.team"],
      ],
      [{ workload: { id: "ok" }, answers: {}, note: "x".repeat(2001) }, ["note"]],
      [{ workload: { id: "ok" }, answers: { teamSize: 0 } }, ["answers.teamSize"]],
      [{ workload: { id: "ok" }, answers: {}, owner: "me" }, ["owner"]],
      [{ answers: {} }, ["workload"]],
    ];
    for (const [body, paths] of cases) {
      const response = await save(body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = await response.json();
      expect(problem.errors.map((error: { path: string }) => error.path).sort()).toEqual(paths);
    }
  });

  it("lists newest first with cursor pagination and filters", async () => {
    const workload = name("search");
    const team = name("team");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await save({ workload: { id: workload, team }, answers: { teamSize: i + 1 } });
      ids.push((await response.json()).id);
    }
    await save({ workload: { id: name("other"), team }, answers: {} });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `workload=${workload}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const response = await get(`/api/v1/assessments?${query}`);
      expect(response.status).toBe(200);
      const page = await response.json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      for (const item of page.items) {
        expect(Object.keys(item).sort()).toEqual([
          "createdAt",
          "id",
          "recommended",
          "rulesetVersion",
          "score",
          "workload",
        ]);
        seen.push(item.id);
      }
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const byTeam = await (await get(`/api/v1/assessments?team=${team}`)).json();
    expect(byTeam.items).toHaveLength(6);
    expect(byTeam.next).toBeNull();
  });

  it("refuses huge, zero and non-numeric limits, and cursors it did not hand out", async () => {
    for (const limit of ["0", "101", "1000000000000", "1e400", "-1", "ten"]) {
      const response = await get(`/api/v1/assessments?limit=${limit}`);
      expect(response.status, limit).toBe(400);
      expect((await response.json()).errors[0].path).toBe("limit");
    }
    const response = await get("/api/v1/assessments?cursor=not-a-cursor");
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].path).toBe("cursor");
    expect((await get("/api/v1/assessments?limit=100")).status).toBe(200);
  });

  it("deletes with 204, then answers 404", async () => {
    const saved = await (await save({ workload: { id: name("gone") }, answers: {} })).json();
    const path = `/api/v1/assessments/${saved.id}`;
    expect((await app.request(path, { method: "DELETE" })).status).toBe(204);
    const again = await get(path);
    expect(again.status).toBe(404);
    expect(again.headers.get("content-type")).toBe("application/problem+json");
    expect((await app.request(path, { method: "DELETE" })).status).toBe(404);
    expect((await get("/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
  });

  it("keeps workloads apart: a workload's list never shows another's ids", async () => {
    const [a, b] = [name("alpha"), name("beta")];
    const idA = (await (await save({ workload: { id: a }, answers: {} })).json()).id;
    const idB = (await (await save({ workload: { id: b }, answers: {} })).json()).id;
    const listA = (await (await get(`/api/v1/assessments?workload=${a}`)).json()).items.map(
      (i: { id: string }) => i.id,
    );
    expect(listA).toEqual([idA]);
    expect(listA).not.toContain(idB);
    const viaB = await (await get(`/api/v1/assessments/${idB}`)).json();
    expect(viaB.workload.id).toBe(b);
  });

  it("stores SQL-looking text verbatim and matches filters exactly", async () => {
    const team = `x' OR '1'='1`;
    const body = {
      workload: { id: name("bobby"), name: "Robert'); DROP TABLE assessments;--", team },
      answers: {},
      note: "'; DELETE FROM assessments WHERE '1'='1'; -- \\ % _ \u0000".replace("\u0000", "\u2028"),
    };
    const saved = await (await save(body)).json();
    const read = await (await get(`/api/v1/assessments/${saved.id}`)).json();
    expect(read.workload).toEqual(body.workload);
    expect(read.note).toBe(body.note);
    const byTeam = await (await get(`/api/v1/assessments?team=${encodeURIComponent(team)}`)).json();
    expect(byTeam.items.map((i: { id: string }) => i.id)).toEqual([saved.id]);
    const wildcard = await (await get(`/api/v1/assessments?team=${encodeURIComponent("%")}`)).json();
    expect(wildcard.items).toEqual([]);
  });

  it("lands all of 50 concurrent saves", async () => {
    const workload = name("burst");
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => save({ workload: { id: workload }, answers: { teamSize: i + 1 } })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(50);
    const listed = await (await get(`/api/v1/assessments?workload=${workload}&limit=100`)).json();
    expect(new Set(listed.items.map((i: { id: string }) => i.id))).toEqual(ids);
  });

  it("shows what changed for an assessment saved under an older ruleset, and counts it stale", async () => {
    const team = name("legacy");
    const workload = { id: name("billing"), team };
    const saved = await (await save({ workload, answers: ANSWERS })).json();
    const today: Recommendation = saved.recommendation;
    const [first, second] = today.ranking;
    // The same answers as an older ruleset answered them: another platform led, with another reason.
    const older: Recommendation = {
      ...today,
      rulesetVersion: "0.9.0+0123456789ab",
      recommended: second!.platform,
      ranking: [
        {
          ...second!,
          rank: 1,
          score: first!.score + 5,
          reasons: [...second!.reasons, { text: "An older rule", impact: 5, source: "old source" }],
        },
        { ...first!, rank: 2 },
        ...today.ranking.slice(2),
      ],
    };
    await storage.queries.insert({
      id: "older-ruleset-assessment",
      workloadId: workload.id,
      workloadName: null,
      team,
      note: null,
      answers: ANSWERS as never,
      recommendation: older,
      recommended: older.recommended,
      score: older.ranking[0]!.score,
      rulesetVersion: older.rulesetVersion,
      profileHash: null,
      currentPlatform: "docker-compose",
      createdBy: null,
      createdAt: new Date("2026-01-01T00:00:00Z"),
    });
    const detail = await (await get("/api/v1/assessments/older-ruleset-assessment")).json();
    expect(detail.rulesetVersion).toBe("0.9.0+0123456789ab");
    expect(detail.current.rulesetVersion).toBe(RULESET_VERSION);
    expect(detail.changes.recommended).toEqual({ before: second!.platform, after: first!.platform });
    expect(detail.changes.rulesetVersion).toEqual({ before: "0.9.0+0123456789ab", after: RULESET_VERSION });
    expect(detail.changes.scores).toContainEqual(
      expect.objectContaining({ platform: second!.platform, before: first!.score + 5, after: second!.score }),
    );
    expect(detail.changes.reasons.removed).toEqual([
      { platform: second!.platform, text: "An older rule", impact: 5, source: "old source" },
    ]);
    expect(detail.changes.reasons.added).toEqual([]);

    // The older row was inserted last, so it is the workload's latest: stale, and drift from docker-compose.
    const portfolio = await (await get(`/api/v1/portfolio?team=${team}`)).json();
    expect(portfolio).toEqual({
      workloads: 1,
      byRecommended: { [second!.platform]: 1 },
      drift: [{ workload, currentPlatform: "docker-compose", recommended: second!.platform }],
      stale: 1,
    });
  });

  it("builds the portfolio from each workload's latest assessment", async () => {
    const team = name("platform");
    await save({ workload: { id: "web", team }, answers: { ...ANSWERS, currentPlatform: "kubernetes" } });
    const latest = await (
      await save({
        workload: { id: "web", team },
        answers: { teamSize: 2, containerCount: 3, currentPlatform: "docker-compose" },
      })
    ).json();
    const api = await (
      await save({
        workload: { id: "api", name: "API", team },
        answers: { teamSize: 2, containerCount: 3, currentPlatform: "none" },
      })
    ).json();
    const response = await get(`/api/v1/portfolio?team=${encodeURIComponent(team)}`);
    expect(response.status).toBe(200);
    const portfolio = await response.json();
    expect(portfolio.workloads).toBe(2);
    expect(portfolio.stale).toBe(0);
    const counts: Record<string, number> = {};
    for (const r of [latest.recommendation.recommended, api.recommendation.recommended])
      counts[r] = (counts[r] ?? 0) + 1;
    expect(portfolio.byRecommended).toEqual(counts);
    const expectedDrift =
      latest.recommendation.recommended === "docker-compose"
        ? []
        : [
            {
              workload: { id: "web", team },
              currentPlatform: "docker-compose",
              recommended: latest.recommendation.recommended,
            },
          ];
    expect(portfolio.drift).toEqual(expectedDrift);
    expect(await (await get(`/api/v1/portfolio?team=${name("nobody")}`)).json()).toEqual({
      workloads: 0,
      byRecommended: {},
      drift: [],
      stale: 0,
    });
  });
});
