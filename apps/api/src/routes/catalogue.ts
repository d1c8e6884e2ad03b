import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { CATALOGUE, Platform, QUESTIONNAIRE, Question } from "@platform-advisor/model";
import { z } from "zod";
import type { AppEnv } from "../app-env.ts";
import { COMMON_PROBLEMS } from "./problem-responses.ts";

/** Static data: clients may cache it for a while, revalidating after. */
const CACHE = { "Cache-Control": "public, max-age=300" };

export const Questionnaire = z
  .object({ questions: z.array(Question).describe("In the order they are asked.") })
  .meta({ id: "Questionnaire" });

export const Catalogue = z
  .object({ platforms: z.array(Platform).describe("Every platform, in contract order.") })
  .meta({ id: "Catalogue" });

export const questionsRoute = createRoute({
  method: "get",
  path: "/v1/questions",
  operationId: "listQuestions",
  tags: ["Data"],
  summary: "The questionnaire",
  description:
    "Every question with its prompt, help, type, options and `showIf` conditions (when it matters). A question whose conditions do not hold can be skipped; its answer is then assumed.",
  responses: {
    200: { description: "The questionnaire", content: { "application/json": { schema: Questionnaire } } },
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
    "Every platform with complexity and capability on one 0-10 scale, features, limits and what it cannot do, each value with its source.",
  responses: {
    200: { description: "The catalogue", content: { "application/json": { schema: Catalogue } } },
    ...COMMON_PROBLEMS,
  },
});

export const questions: RouteHandler<typeof questionsRoute, AppEnv> = (c) =>
  c.json({ questions: [...QUESTIONNAIRE] }, 200, CACHE);

export const platforms: RouteHandler<typeof platformsRoute, AppEnv> = (c) =>
  c.json({ platforms: [...CATALOGUE] }, 200, CACHE);
