import { Answers } from "@platform-advisor/model";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  fieldErrors,
  PROBLEM_CONTENT_TYPE,
  problemResponse,
  statusProblem,
  validationProblem,
} from "./problem-json.ts";

const errorOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a validation error");
  return result.error;
};

describe("fieldErrors", () => {
  it("joins paths with dots, array indexes included", () => {
    const error = errorOf(z.object({ answers: Answers }), { answers: { teamSize: 0, hosting: ["moon"] } });
    expect(fieldErrors(error).map((e) => e.path)).toEqual(["answers.teamSize", "answers.hosting.0"]);
  });

  it("gives each unknown field its own error at the field", () => {
    const error = errorOf(z.object({ answers: Answers }), { answers: { teamsize: 3, colour: "red" } });
    expect(fieldErrors(error)).toEqual([
      { path: "answers.teamsize", message: 'Unknown field "teamsize"' },
      { path: "answers.colour", message: 'Unknown field "colour"' },
    ]);
  });

  it("puts a prefix in front of every path", () => {
    const error = errorOf(Answers, { teamSize: "eight" });
    expect(fieldErrors(error, ["answers"]).map((e) => e.path)).toEqual(["answers.teamSize"]);
  });

  it("names the whole body with an empty path", () => {
    expect(fieldErrors(errorOf(z.object({}), [])).map((e) => e.path)).toEqual([""]);
  });
});

describe("problems", () => {
  it("give a validation problem its type, status and errors", () => {
    const problem = validationProblem(errorOf(Answers, { teamSize: 0 }));
    expect(problem).toMatchObject({ status: 400, type: "urn:platform-advisor:problem:validation" });
    expect(problem.errors?.[0]?.path).toBe("teamSize");
  });

  it("title a status problem with the status's standard phrase", () => {
    expect(statusProblem(405, "no")).toEqual({
      type: "about:blank",
      title: "Method Not Allowed",
      status: 405,
      detail: "no",
    });
    expect(statusProblem(413, "big").title).toBe("Content Too Large");
  });

  it("are sent as application/problem+json with the request's path and id", async () => {
    const app = new Hono<{ Variables: { requestId: string } }>().get("/where", (c) => {
      c.set("requestId", "abc");
      return problemResponse(c, statusProblem(404, "gone"), { "X-Extra": "1" });
    });
    const response = await app.request("/where");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe(PROBLEM_CONTENT_TYPE);
    expect(response.headers.get("x-extra")).toBe("1");
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "gone",
      instance: "/where",
      requestId: "abc",
    });
  });
});
