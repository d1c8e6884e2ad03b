import { describe, expect, it } from "vitest";
import { CUSTOM_QUESTIONS } from "../fixtures/own-platform.ts";
import { QUESTIONS } from "../fixtures/questions.ts";
import { pruneToPath, stepPosition, visibleQuestions, visibleSteps } from "./path.ts";

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

describe("with an organisation's own questions", () => {
  const answers = { environment: "development" as const, hosting: ["on-prem" as const] };

  it("asks them after the built-in questions on the path, and keeps their answers when pruning", () => {
    expect(ids(visibleSteps(QUESTIONS, answers, CUSTOM_QUESTIONS))).toEqual([
      "environment",
      "teamSize",
      "hosting",
      "custom.cardholder-data",
      "custom.regions",
    ]);
    expect(pruneToPath(QUESTIONS, { ...answers, management: "managed", custom: { regions: ["eu"] } })).toEqual({
      ...answers,
      custom: { regions: ["eu"] },
    });
  });

  it("counts them in the position, from the last built-in question to the last of theirs", () => {
    expect(stepPosition(QUESTIONS, answers, "hosting", CUSTOM_QUESTIONS)).toEqual({
      number: 3,
      total: 5,
      previous: "teamSize",
      next: "custom.cardholder-data",
    });
    expect(stepPosition(QUESTIONS, answers, "custom.regions", CUSTOM_QUESTIONS)).toEqual({
      number: 5,
      total: 5,
      previous: "custom.cardholder-data",
      next: undefined,
    });
  });
});
