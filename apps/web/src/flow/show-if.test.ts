import { type Answers, isShown as modelIsShown, QUESTIONNAIRE } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { isShown } from "./show-if.ts";

/** Answer sets that exercise every showIf kind in the real questionnaire. */
const ANSWER_SETS: Answers[] = [
  {},
  { environment: "development" },
  { environment: "production" },
  { hosting: ["on-prem"] },
  { hosting: ["aws"] },
  { hosting: ["on-prem", "edge"], environment: "staging" },
  { hosting: ["gcp", "on-prem"], environment: "development", containerCount: 3 },
  { containerCount: 500, hostCount: 1, teamSize: 2 },
];

describe("isShown", () => {
  it("agrees with the model's rule for every question of the questionnaire", () => {
    for (const answers of ANSWER_SETS) {
      for (const question of QUESTIONNAIRE) {
        expect(isShown(question, answers), `${question.id} with ${JSON.stringify(answers)}`).toBe(
          modelIsShown(question, answers),
        );
      }
    }
  });

  it("hides a question when its condition fails and shows it while the answer is unknown", () => {
    const question = {
      ...QUESTIONNAIRE[0]!,
      showIf: [{ question: "containerCount" as const, atLeast: 20 }],
    };
    expect(isShown(question, { containerCount: 10 })).toBe(false);
    expect(isShown(question, { containerCount: 20 })).toBe(true);
    expect(isShown(question, {})).toBe(true);
  });
});
