import { describe, expect, it } from "vitest";
import { QUESTIONS } from "../fixtures/questions.ts";
import { checkStep } from "./check-step.ts";

const question = (id: string) => QUESTIONS.find((candidate) => candidate.id === id)!;

describe("checkStep", () => {
  it("accepts I don't know on any question", () => {
    for (const q of QUESTIONS) expect(checkStep(q, { value: undefined, unknown: true, text: "" })).toBeUndefined();
  });

  it("asks for a whole number within the question's range", () => {
    const teamSize = question("teamSize");
    expect(checkStep(teamSize, { value: undefined, unknown: false, text: "" })).toMatch(/Enter a number/);
    expect(checkStep(teamSize, { value: undefined, unknown: false, text: "2.5" })).toBe(
      "Enter a whole number, like 12.",
    );
    expect(checkStep(teamSize, { value: undefined, unknown: false, text: "0" })).toBe("Enter at least 1.");
    expect(checkStep(teamSize, { value: undefined, unknown: false, text: "100001" })).toBe("Enter at most 100,000.");
    expect(checkStep(teamSize, { value: 12, unknown: false, text: " 12 " })).toBeUndefined();
  });

  it("asks for a choice on single and yes/no questions", () => {
    expect(checkStep(question("environment"), { value: undefined, unknown: false })).toMatch(/Choose an answer/);
    expect(checkStep(question("highAvailability"), { value: false, unknown: false })).toBeUndefined();
  });

  it("enforces a multiple question's minimum number of ticks", () => {
    expect(checkStep(question("hosting"), { value: [], unknown: false })).toMatch(/Tick at least 1/);
    expect(checkStep(question("hosting"), { value: ["aws"], unknown: false })).toBeUndefined();
    const noMinimum = { ...question("hosting"), min: undefined };
    expect(checkStep(noMinimum, { value: undefined, unknown: false })).toBeUndefined();
  });
});
