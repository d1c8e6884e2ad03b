import { describe, expect, it } from "vitest";
import { QUESTIONS } from "../fixtures/questions.ts";
import { pruneToPath, stepPosition, visibleQuestions } from "./path.ts";

const ids = (questions: { id: string }[]) => questions.map((question) => question.id);

describe("visibleQuestions", () => {
  it("asks every question while nothing is answered", () => {
    expect(ids(visibleQuestions(QUESTIONS, {}))).toEqual([
      "environment",
      "teamSize",
      "hosting",
      "management",
      "highAvailability",
    ]);
  });

  it("drops the questions the answers make irrelevant", () => {
    expect(ids(visibleQuestions(QUESTIONS, { environment: "development", hosting: ["on-prem"] }))).toEqual([
      "environment",
      "teamSize",
      "hosting",
    ]);
  });
});

describe("pruneToPath", () => {
  it("removes answers to hidden questions and keeps the rest", () => {
    expect(
      pruneToPath(QUESTIONS, {
        environment: "development",
        teamSize: 4,
        hosting: ["on-prem"],
        management: "managed",
        highAvailability: true,
      }),
    ).toEqual({ environment: "development", teamSize: 4, hosting: ["on-prem"] });
  });

  it("keeps answers whose conditions hold", () => {
    const answers = { hosting: ["aws" as const], management: "serverless" as const, highAvailability: false };
    expect(pruneToPath(QUESTIONS, answers)).toEqual(answers);
  });
});

describe("stepPosition", () => {
  it("counts the visible steps and names the neighbours", () => {
    expect(stepPosition(QUESTIONS, {}, "teamSize")).toEqual({
      number: 2,
      total: 5,
      previous: "environment",
      next: "hosting",
    });
  });

  it("stays honest when an answer shortens the path", () => {
    const answers = { environment: "development" as const, hosting: ["on-prem" as const] };
    expect(stepPosition(QUESTIONS, answers, "hosting")).toEqual({
      number: 3,
      total: 3,
      previous: "teamSize",
      next: undefined,
    });
    expect(stepPosition(QUESTIONS, { environment: "development" }, "hosting").next).toBe("management");
  });

  it("has no previous step on the first question", () => {
    expect(stepPosition(QUESTIONS, {}, "environment").previous).toBeUndefined();
  });
});
