import { describe, expect, it } from "vitest";
import { Answers, QUESTION_IDS, QUESTIONNAIRE, Question, visibleQuestions } from "./index.ts";

describe("questionnaire", () => {
  it("asks every answer field of the contract once, and validates as data", () => {
    expect(QUESTIONNAIRE.map((q) => q.id).sort()).toEqual([...QUESTION_IDS].sort());
    for (const question of QUESTIONNAIRE) expect(() => Question.parse(question)).not.toThrow();
  });

  it("offers only option values the answers schema accepts", () => {
    for (const question of QUESTIONNAIRE) {
      for (const option of question.options ?? []) {
        const value = question.type === "multiple" ? [option.value] : option.value;
        expect(Answers.safeParse({ [question.id]: value }).success, `${question.id}=${String(option.value)}`).toBe(
          true,
        );
      }
    }
  });

  it("asks no cloud-service question of an on-prem-only team", () => {
    const ids = visibleQuestions({ hosting: ["on-prem"] }).map((q) => q.id);
    expect(ids).not.toContain("management");
    expect(visibleQuestions({ hosting: ["on-prem", "aws"] }).map((q) => q.id)).toContain("management");
  });

  it("skips production concerns for local development", () => {
    const ids = visibleQuestions({ environment: "development" }).map((q) => q.id);
    expect(ids).not.toContain("highAvailability");
    expect(ids).not.toContain("zeroDowntimeDeploys");
    expect(visibleQuestions({}).length).toBe(QUESTIONNAIRE.length);
  });
});
