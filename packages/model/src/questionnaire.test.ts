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

  it("asks how much to operate before hosts, and hosts only when they matter", () => {
    // On-prem too: managed distributions (EKS Anywhere, AKS enabled by Azure Arc) run there.
    expect(visibleQuestions({ hosting: ["on-prem"] }).map((q) => q.id)).toContain("management");
    const order = QUESTIONNAIRE.map((q) => q.id);
    expect(order.indexOf("management")).toBeLessThan(order.indexOf("hostCount"));
    expect(visibleQuestions({ management: "serverless" }).map((q) => q.id)).not.toContain("hostCount");
    expect(visibleQuestions({ management: "managed" }).map((q) => q.id)).toContain("hostCount");
  });

  it("asks about edge devices or sites only of a team at the edge", () => {
    expect(visibleQuestions({ hosting: ["aws"] }).map((q) => q.id)).not.toContain("edgeFootprint");
    expect(visibleQuestions({ hosting: ["aws", "edge"] }).map((q) => q.id)).toContain("edgeFootprint");
  });

  it("skips production concerns for local development", () => {
    const ids = visibleQuestions({ environment: "development" }).map((q) => q.id);
    expect(ids).not.toContain("highAvailability");
    expect(ids).not.toContain("zeroDowntimeDeploys");
    expect(visibleQuestions({}).length).toBe(QUESTIONNAIRE.length);
  });
});
