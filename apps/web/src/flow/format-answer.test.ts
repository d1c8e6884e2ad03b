import { describe, expect, it } from "vitest";
import { CUSTOM_QUESTIONS } from "../fixtures/own-platform.ts";
import { QUESTIONS } from "../fixtures/questions.ts";
import { formatAnswer, formatChange, formatCustomAnswer } from "./format-answer.ts";

const question = (id: string) => QUESTIONS.find((candidate) => candidate.id === id)!;

describe("formatAnswer", () => {
  it("reads options by their labels, lists joined, numbers with their unit", () => {
    expect(formatAnswer(question("environment"), "development")).toBe("Local development");
    expect(formatAnswer(question("highAvailability"), false)).toBe("No");
    expect(formatAnswer(question("hosting"), ["aws", "on-prem"])).toBe("AWS, Our own data centre (on-prem)");
    expect(formatAnswer(question("hosting"), [])).toBe("none");
    expect(formatAnswer(question("teamSize"), 12000)).toBe("12,000 engineers");
    expect(formatAnswer(question("teamSize"), 1)).toBe("1 engineer");
  });

  it("reads an organisation's own answers by their options' labels", () => {
    const [card, regions] = CUSTOM_QUESTIONS;
    expect(formatCustomAnswer(card!, "yes")).toBe("Yes, cardholder data");
    expect(formatCustomAnswer(regions!, ["eu", "us"])).toBe("Europe, United States");
    expect(formatCustomAnswer(regions!, [])).toBe("none");
    expect(formatCustomAnswer(card!, undefined)).toBe("not answered");
  });

  it("words a change of answers, an organisation's own by its prompt and label", () => {
    expect(formatChange(QUESTIONS, CUSTOM_QUESTIONS, { teamSize: 12 })).toBe("12 engineers");
    expect(formatChange(QUESTIONS, CUSTOM_QUESTIONS, { teamSize: 12, custom: { "cardholder-data": "no" } })).toBe(
      "12 engineers, Does the workload store, process or transmit payment card data: No",
    );
  });
});
