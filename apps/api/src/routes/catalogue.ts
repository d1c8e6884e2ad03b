import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import {
  CustomQuestion,
  catalogueOf,
  type OrgProfile,
  Platform,
  QUESTIONNAIRE,
  Question,
} from "@platform-advisor/model";
import { profileRef, RULESET_VERSION } from "@platform-advisor/rules";
import { z } from "zod";
import type { AppEnv } from "../app-env.ts";
import { COMMON_PROBLEMS } from "./problem-responses.ts";

export const Questionnaire = z
  .object({
    questions: z.array(Question).describe("In the order they are asked."),
    customQuestions: z
      .array(CustomQuestion)
      .describe(
        "The organisation profile's own questions (profile v2), asked after the built-in ones in this order and answered in `answers.custom.<id>`; empty when no profile is in force or it adds none.",
      ),
  })
  .meta({ id: "Questionnaire" });

export const Catalogue = z
  .object({
    platforms: z
      .array(Platform)
      .describe(
        "Every platform, in contract order, then the organisation profile's own (`org-` ids, with `sources`). With a v2 profile the built-in platforms also carry its capabilities' cells.",
      ),
  })
  .meta({ id: "Catalogue" });

const CACHE_HEADERS = z.object({
  "Cache-Control": z
    .string()
    .describe(
      "`public, max-age=300` without an organisation profile; `public, no-cache` with one, so an edited profile is seen at once (revalidating costs a 304).",
    ),
  ETag: z.string().describe("Changes with the ruleset and the organisation profile in force."),
});

const NOT_MODIFIED = {
  304: { description: "Not modified: the `If-None-Match` ETag is still current", headers: CACHE_HEADERS },
};

export const questionsRoute = createRoute({
  method: "get",
  path: "/v1/questions",
  operationId: "listQuestions",
  tags: ["Data"],
  summary: "The questionnaire",
  description:
    "Every question with its prompt, help, type, options and `showIf` conditions (when it matters). A question whose conditions do not hold can be skipped; its answer is then assumed. `customQuestions` are the organisation profile's own, asked after these.",
  responses: {
    200: {
      description: "The questionnaire",
      headers: CACHE_HEADERS,
      content: { "application/json": { schema: Questionnaire } },
    },
    ...NOT_MODIFIED,
    ...COMMON_PROBLEMS,
  },
});

export const platformsRoute = createRoute({
  method: "get",
  path: "/v1/platforms",
  operationId: "listPlatforms",
  tags: ["Data"],
  summary: "The platform catalogue",
  description:
    "Every platform with complexity and capability on one 0-10 scale, features, limits and what it cannot do, each value with its source; then the organisation profile's own platforms, with the documents it cites for them.",
  responses: {
    200: {
      description: "The catalogue",
      headers: CACHE_HEADERS,
      content: { "application/json": { schema: Catalogue } },
    },
    ...NOT_MODIFIED,
    ...COMMON_PROBLEMS,
  },
});

/**
 * The caching headers of both routes. Their bodies change only with the ruleset (a release) or the organisation
 * profile (an edit and a restart): the ETag names both. A profile is edited far more often than a release ships,
 * and a client still asking stale custom questions gets its answers refused, so with a profile clients revalidate
 * every time.
 */
const cachingOf = (profile: OrgProfile | undefined) => ({
  "Cache-Control": profile ? "public, no-cache" : "public, max-age=300",
  ETag: `"${RULESET_VERSION}${profile ? `~${profileRef(profile).hash}` : ""}"`,
});

/** Whether the client's `If-None-Match` names this ETag (or `*`). */
const fresh = (ifNoneMatch: string | undefined, etag: string) =>
  (ifNoneMatch ?? "").split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });

/** The questionnaire in force: the built-in questions, then the profile's own. */
export const questions = (profile: OrgProfile | undefined): RouteHandler<typeof questionsRoute, AppEnv> => {
  const headers = cachingOf(profile);
  const body = { questions: [...QUESTIONNAIRE], customQuestions: [...catalogueOf(profile).questions] };
  return (c) =>
    fresh(c.req.header("if-none-match"), headers.ETag) ? c.body(null, 304, headers) : c.json(body, 200, headers);
};

/** The catalogue in force: the built-in platforms (with the profile's capability cells), then the profile's own. */
export const platforms = (profile: OrgProfile | undefined): RouteHandler<typeof platformsRoute, AppEnv> => {
  const headers = cachingOf(profile);
  const body = { platforms: [...catalogueOf(profile).platforms] };
  return (c) =>
    fresh(c.req.header("if-none-match"), headers.ETag) ? c.body(null, 304, headers) : c.json(body, 200, headers);
};
