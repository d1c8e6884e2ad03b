import { describe, expect, it } from "vitest";
import { errorsByQuestion, isProblem } from "./problem.ts";

describe("errorsByQuestion", () => {
  it("files validation errors under their question and keeps the rest general", () => {
    const result = errorsByQuestion(
      {
        title: "Invalid answers",
        status: 422,
        errors: [
          { path: "answers.teamSize", message: "Too big: expected at most 100000" },
          { path: "answers.hosting.1", message: "Invalid option" },
          { path: "answers.hosting.2", message: "Second hosting error" },
          { path: "answers.colour", message: "Unrecognized key" },
        ],
      },
      ["teamSize", "hosting"],
    );
    expect(result).toEqual({
      fields: { teamSize: "Too big: expected at most 100000", hosting: "Invalid option" },
      general: ["answers.colour: Unrecognized key"],
    });
  });

  it("files an error in an organisation's own answer under its question", () => {
    const result = errorsByQuestion(
      {
        title: "Invalid answers",
        status: 400,
        errors: [
          { path: "answers.custom.cardholder-data", message: 'Invalid option: expected one of "yes"|"no"' },
          { path: "answers.custom.region", message: "Unknown question" },
        ],
      },
      ["teamSize", "custom.cardholder-data"],
    );
    expect(result).toEqual({
      fields: { "custom.cardholder-data": 'Invalid option: expected one of "yes"|"no"' },
      general: ["answers.custom.region: Unknown question"],
    });
  });

  it("falls back to the detail when there are no field errors", () => {
    expect(errorsByQuestion({ title: "Bad", status: 400, detail: "Malformed JSON" }, [])).toEqual({
      fields: {},
      general: ["Malformed JSON"],
    });
  });

  it("recognises a problem body", () => {
    expect(isProblem({ title: "x", status: 400 })).toBe(true);
    expect(isProblem("oops")).toBe(false);
    expect(isProblem(null)).toBe(false);
  });
});
