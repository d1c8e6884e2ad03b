import { assessmentStore, type Storage } from "@platform-advisor/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, testApp } from "./harness.ts";
import {
  type IdentityProvider,
  type SigningKey,
  signingKey,
  signToken,
  startIdentityProvider,
} from "./identity-provider.ts";
import { freshStorage } from "./stores.ts";

const AUDIENCE = "platform-advisor";
const TOKENS = {
  payments: "payments-token-0123456789",
  both: "both-teams-token-0123456789",
  reader: "payments-reader-0123456789",
  everyone: "legacy-token-0123456789ab",
  admin: "admin-token-0123456789abcd",
};
const API_TOKENS = [
  `payments-ci:${TOKENS.payments}:write:payments`,
  `portal:${TOKENS.both}:write:payments|search`,
  `dashboard:${TOKENS.reader}:read:payments`,
  `legacy:${TOKENS.everyone}:write`,
  `ops:${TOKENS.admin}:admin:payments`,
].join(",");

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const seconds = () => Math.floor(Date.now() / 1000);

let storage: Storage;
let provider: IdentityProvider;
let key: SigningKey;
let app: ReturnType<typeof testApp>["app"];

/** An OIDC access token for `sub` with these groups and roles. */
const oidc = (sub: string, groups: string[], roles: string[] = ["write"]) =>
  signToken(key, { iss: provider.issuer, aud: AUDIENCE, sub, exp: seconds() + 300, groups, roles });

const save = async (token: string, team: string | undefined, id: string) => {
  const workload = { id, ...(team ? { team } : {}) };
  return app.request("/api/v1/assessments", json({ workload, answers: { teamSize: 5 } }, bearer(token)));
};

/** The ids of the assessments this caller's list shows, optionally for one team. */
const listed = async (token: string, team?: string) => {
  const response = await app.request(`/api/v1/assessments?limit=100${team ? `&team=${team}` : ""}`, {
    headers: bearer(token),
  });
  expect(response.status).toBe(200);
  const { items } = (await response.json()) as { items: { workload: { id: string }; createdBy?: string }[] };
  return items.map((item) => item.workload.id).sort();
};

const portfolioWorkloads = async (token: string, team?: string) => {
  const response = await app.request(`/api/v1/portfolio${team ? `?team=${team}` : ""}`, { headers: bearer(token) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { workloads: number }).workloads;
};

const ids: Record<string, string> = {};
/** The id of a workload's assessment saved in beforeAll. */
const idOf = (workload: string): string => {
  const id = ids[workload];
  if (id === undefined) throw new Error(`no assessment was saved for ${workload}`);
  return id;
};

beforeAll(async () => {
  key = signingKey("team-key", "ES256");
  provider = await startIdentityProvider([key]);
  storage = await freshStorage("embedded");
  app = testApp(
    { API_TOKENS, OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: AUDIENCE },
    { store: assessmentStore(storage) },
  ).app;
  // One assessment per team, saved by an unrestricted token, and one with no team at all.
  for (const [workload, team] of [
    ["checkout", "payments"],
    ["search-api", "search"],
    ["warehouse", "logistics"],
    ["orphan", undefined],
  ] as const) {
    const response = await save(TOKENS.everyone, team, workload);
    expect(response.status).toBe(201);
    ids[workload] = ((await response.json()) as { id: string }).id;
  }
}, 120_000);
afterAll(async () => {
  await provider?.close();
  await storage?.close();
});

describe("team-scoped access", () => {
  it("lists only the caller's teams' assessments; admins and team-less static tokens list all", async () => {
    const all = ["checkout", "orphan", "search-api", "warehouse"];
    expect(await listed(TOKENS.payments)).toEqual(["checkout"]);
    expect(await listed(TOKENS.reader)).toEqual(["checkout"]);
    expect(await listed(TOKENS.both)).toEqual(["checkout", "search-api"]);
    expect(await listed(oidc("bob", ["search"]))).toEqual(["search-api"]);
    expect(await listed(TOKENS.everyone)).toEqual(all);
    expect(await listed(TOKENS.admin)).toEqual(all);
    expect(await listed(oidc("root", [], ["admin"]))).toEqual(all);
  });

  it("narrows ?team= to the caller's teams: another team's filter lists nothing", async () => {
    expect(await listed(TOKENS.both, "search")).toEqual(["search-api"]);
    expect(await listed(TOKENS.payments, "search")).toEqual([]);
    expect(await listed(TOKENS.admin, "logistics")).toEqual(["warehouse"]);
  });

  it("reads another team's assessment as 404, the same answer as for an id that does not exist", async () => {
    expect(
      (await app.request(`/api/v1/assessments/${ids.checkout}`, { headers: bearer(TOKENS.payments) })).status,
    ).toBe(200);
    for (const workload of ["search-api", "warehouse", "orphan"]) {
      const response = await app.request(`/api/v1/assessments/${idOf(workload)}`, { headers: bearer(TOKENS.payments) });
      expect(response.status, workload).toBe(404);
      const missing = await app.request("/api/v1/assessments/no-such-id", { headers: bearer(TOKENS.payments) });
      expect((await response.json()).detail.replace(idOf(workload), "ID")).toBe(
        (await missing.json()).detail.replace("no-such-id", "ID"),
      );
    }
    const oidcRead = await app.request(`/api/v1/assessments/${idOf("search-api")}`, {
      headers: bearer(oidc("bob", ["search"], [])),
    });
    expect(oidcRead.status).toBe(200);
  });

  it("deletes only the caller's teams' assessments: another team's is 404 and stays", async () => {
    const other = idOf("warehouse");
    expect(
      (await app.request(`/api/v1/assessments/${other}`, { method: "DELETE", headers: bearer(TOKENS.both) })).status,
    ).toBe(404);
    expect((await app.request(`/api/v1/assessments/${other}`, { headers: bearer(TOKENS.admin) })).status).toBe(200);

    const mine = await save(TOKENS.both, "search", "to-delete");
    const { id } = (await mine.json()) as { id: string };
    expect(
      (await app.request(`/api/v1/assessments/${id}`, { method: "DELETE", headers: bearer(TOKENS.both) })).status,
    ).toBe(204);
    expect((await app.request(`/api/v1/assessments/${id}`, { headers: bearer(TOKENS.admin) })).status).toBe(404);
  });

  it("refuses a save for a team that is not the caller's, or without a team, with 403", async () => {
    expect((await save(TOKENS.payments, "search", "not-mine")).status).toBe(403);
    const teamless = await save(TOKENS.payments, undefined, "no-team");
    expect(teamless.status).toBe(403);
    expect((await teamless.json()).detail).toContain("workload.team");
    expect((await save(oidc("carol", []), "payments", "nobody")).status).toBe(403);
    expect(await listed(TOKENS.admin)).not.toContain("not-mine");
  });

  it("counts only the caller's teams in the portfolio", async () => {
    expect(await portfolioWorkloads(TOKENS.payments)).toBe(1);
    expect(await portfolioWorkloads(TOKENS.both)).toBe(2);
    expect(await portfolioWorkloads(TOKENS.payments, "search")).toBe(0);
    expect(await portfolioWorkloads(oidc("dave", ["logistics"]))).toBe(1);
    expect(await portfolioWorkloads(oidc("erin", [], ["write"]))).toBe(0);
    expect(await portfolioWorkloads(TOKENS.everyone)).toBe(4);
    expect(await portfolioWorkloads(TOKENS.admin)).toBe(4);
  });

  it("records who saved each assessment: the token's name or the OIDC subject", async () => {
    const byToken = await save(TOKENS.payments, "payments", "recorded-by-token");
    expect(byToken.status).toBe(201);
    const saved = (await byToken.json()) as { id: string; createdBy?: string };
    expect(saved.createdBy).toBe("payments-ci");
    const byOidc = await save(oidc("alice@example.com", ["payments"]), "payments", "recorded-by-oidc");
    expect(((await byOidc.json()) as { createdBy?: string }).createdBy).toBe("alice@example.com");

    const read = await app.request(`/api/v1/assessments/${saved.id}`, { headers: bearer(TOKENS.reader) });
    expect(((await read.json()) as { createdBy?: string }).createdBy).toBe("payments-ci");
    const list = await app.request("/api/v1/assessments?team=payments&limit=2", { headers: bearer(TOKENS.reader) });
    const { items } = (await list.json()) as { items: { workload: { id: string }; createdBy?: string }[] };
    expect(items.map((item) => [item.workload.id, item.createdBy])).toEqual([
      ["recorded-by-oidc", "alice@example.com"],
      ["recorded-by-token", "payments-ci"],
    ]);
  });
});
