/** What a caller may do: `write` includes `read`; `admin` includes `write` and sees every team. */
export type Role = "read" | "write" | "admin";

export const ROLES: readonly Role[] = ["read", "write", "admin"];

/**
 * Who made a request, once authenticated. `teams` is the teams whose assessments the caller may read and
 * write, or "all": an admin, or a static token configured without teams (tokens had no teams before
 * issue 19, and such tokens keep seeing everything).
 */
export type Caller = {
  /** Recorded as `createdBy`: a static token's name or the OIDC subject. */
  id: string;
  via: "token" | "oidc";
  role: Role;
  teams: readonly string[] | "all";
};

/** The stronger of two roles. */
export const strongerRole = (a: Role, b: Role): Role => (ROLES.indexOf(a) >= ROLES.indexOf(b) ? a : b);

/**
 * May this caller see an assessment of this team? No caller means the server runs without
 * authentication (loopback or ALLOW_ANONYMOUS): everything is visible, as before issue 19.
 * An assessment saved without a team belongs to no team, so only unrestricted callers see it.
 */
export const canSee = (caller: Caller | undefined, team: string | undefined): boolean =>
  caller === undefined || caller.teams === "all" || (team !== undefined && caller.teams.includes(team));

/**
 * The teams a list or the portfolio is restricted to: undefined for no restriction, else the caller's
 * teams, narrowed to the one asked for (`?team=`). An empty array means nothing is visible.
 */
export const visibleTeams = (caller: Caller | undefined, asked: string | undefined): string[] | undefined => {
  if (caller === undefined || caller.teams === "all") return asked === undefined ? undefined : [asked];
  if (asked === undefined) return [...caller.teams];
  return caller.teams.includes(asked) ? [asked] : [];
};
