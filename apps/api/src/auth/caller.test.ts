import { describe, expect, it } from "vitest";
import { type Caller, canSee, strongerRole, visibleTeams } from "./caller.ts";

const payments: Caller = { id: "ci", via: "token", role: "write", teams: ["payments", "search"] };
const everyone: Caller = { id: "legacy", via: "token", role: "read", teams: "all" };
const nobody: Caller = { id: "carol", via: "oidc", role: "write", teams: [] };

describe("team access", () => {
  it("shows a restricted caller its teams only, never an assessment without a team", () => {
    expect(canSee(payments, "payments")).toBe(true);
    expect(canSee(payments, "logistics")).toBe(false);
    expect(canSee(payments, undefined)).toBe(false);
    expect(canSee(nobody, "payments")).toBe(false);
  });

  it("shows everything to unrestricted callers and when no authentication is configured", () => {
    for (const caller of [everyone, undefined]) {
      expect(canSee(caller, "logistics")).toBe(true);
      expect(canSee(caller, undefined)).toBe(true);
    }
  });

  it("narrows a list to the caller's teams and to the one asked for", () => {
    expect(visibleTeams(payments, undefined)).toEqual(["payments", "search"]);
    expect(visibleTeams(payments, "search")).toEqual(["search"]);
    expect(visibleTeams(payments, "logistics")).toEqual([]);
    expect(visibleTeams(nobody, undefined)).toEqual([]);
    expect(visibleTeams(everyone, undefined)).toBeUndefined();
    expect(visibleTeams(everyone, "logistics")).toEqual(["logistics"]);
    expect(visibleTeams(undefined, undefined)).toBeUndefined();
  });

  it("orders roles read < write < admin", () => {
    expect(strongerRole("read", "write")).toBe("write");
    expect(strongerRole("admin", "write")).toBe("admin");
  });
});
