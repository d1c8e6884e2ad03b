import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { OrgProfile } from "@platform-advisor/model";
import type { AppEnv } from "../app-env.ts";
import { Problem, problemResponse, statusProblem } from "../problem-json.ts";
import { COMMON_PROBLEMS } from "./problem-responses.ts";

/** The profile's JSON Schema, for editors (yaml-language-server, VS Code) to validate profiles as they are written. */
const PROFILE_JSON_SCHEMA = z.toJSONSchema(OrgProfile, { target: "draft-2020-12", io: "input" });

export const profileRoute = createRoute({
  method: "get",
  path: "/v1/profile",
  operationId: "getProfile",
  tags: ["Profile"],
  summary: "The organisation profile in force",
  description: "The profile given by ORG_PROFILE, as validated at start-up; 404 when there is none.",
  responses: {
    200: { description: "The profile", content: { "application/json": { schema: OrgProfile } } },
    404: { description: "No profile is in force", content: { "application/problem+json": { schema: Problem } } },
    ...COMMON_PROBLEMS,
  },
});

export const profileSchemaRoute = createRoute({
  method: "get",
  path: "/v1/profile/schema",
  operationId: "getProfileSchema",
  tags: ["Profile"],
  summary: "The JSON Schema of organisation profiles",
  responses: {
    200: {
      description: "A JSON Schema (2020-12)",
      content: { "application/schema+json": { schema: z.record(z.string(), z.unknown()) } },
    },
    ...COMMON_PROBLEMS,
  },
});

export const profile =
  (inForce: OrgProfile | undefined): RouteHandler<typeof profileRoute, AppEnv> =>
  (c) =>
    inForce
      ? c.json(inForce, 200)
      : problemResponse(c, statusProblem(404, "No organisation profile is in force (ORG_PROFILE is not set)."));

export const profileSchema: RouteHandler<typeof profileSchemaRoute, AppEnv> = (c) =>
  c.json(PROFILE_JSON_SCHEMA, 200, {
    "Content-Type": "application/schema+json",
    "Cache-Control": "public, max-age=300",
  });
