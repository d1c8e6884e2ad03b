import { describe, expect, it } from "vitest";
import { CUSTOM_QUESTIONS } from "../fixtures/own-platform.ts";
import { QUESTIONS } from "../fixtures/questions.ts";
import { applyAnswer, applyChange } from "./apply-answer.ts";

describe("applyAnswer", () => {
  it("remembers a number a range's quick pick estimated, until a typed number replaces it", () => {
    const picked = applyAnswer(QUESTIONS, { answers: {}, unknown: [] }, "teamSize", {
      value: 20,
      unknown: false,
      estimated: true,
    });
    expect(picked).toEqual({ answers: { teamSize: 20 }, unknown: [], estimated: ["teamSize"] });
    expect(applyAnswer(QUESTIONS, picked, "teamSize", { value: 17, unknown: false })).toEqual({
      answers: { teamSize: 17 },
      unknown: [],
    });
  });

  it("records a value and forgets an earlier I don't know", () => {
    expect(
      applyAnswer(QUESTIONS, { answers: {}, unknown: ["teamSize"] }, "teamSize", { value: 8, unknown: false }),
    ).toEqual({ answers: { teamSize: 8 }, unknown: [] });
  });

  it("records I don't know by clearing the value", () => {
    expect(
      applyAnswer(QUESTIONS, { answers: { teamSize: 8 }, unknown: [] }, "teamSize", {
        value: undefined,
        unknown: true,
      }),
    ).toEqual({ answers: {}, unknown: ["teamSize"] });
  });

  it("drops answers and unknowns that the new path hides", () => {
    const before = {
      answers: { hosting: ["aws" as const], management: "managed" as const },
      unknown: ["highAvailability" as const],
    };
    const afterHosting = applyAnswer(QUESTIONS, before, "hosting", { value: ["on-prem"], unknown: false });
    expect(afterHosting).toEqual({ answers: { hosting: ["on-prem"] }, unknown: ["highAvailability"] });
    const afterEnvironment = applyAnswer(QUESTIONS, afterHosting, "environment", {
      value: "development",
      unknown: false,
    });
    expect(afterEnvironment).toEqual({ answers: { environment: "development", hosting: ["on-prem"] }, unknown: [] });
  });
});

describe("applyChange", () => {
  it("applies a what-if change over the current answers", () => {
    expect(
      applyChange(
        QUESTIONS,
        { answers: { teamSize: 5, hosting: ["aws"] }, unknown: ["environment"] },
        { teamSize: 40 },
      ),
    ).toEqual({ answers: { teamSize: 40, hosting: ["aws"] }, unknown: ["environment"] });
  });

  it("turns an assumed answer into a given one", () => {
    expect(applyChange(QUESTIONS, { answers: {}, unknown: ["teamSize"] }, { teamSize: 40 })).toEqual({
      answers: { teamSize: 40 },
      unknown: [],
    });
  });
});

describe("an organisation's own answers", () => {
  it("go in answers.custom, survive a change of path, and leave it out once cleared", () => {
    const answered = applyAnswer(
      QUESTIONS,
      { answers: { hosting: ["aws"], management: "managed" }, unknown: [] },
      "custom.cardholder-data",
      { value: "yes", unknown: false },
      CUSTOM_QUESTIONS,
    );
    expect(answered).toEqual({
      answers: { hosting: ["aws"], management: "managed", custom: { "cardholder-data": "yes" } },
      unknown: [],
    });
    const moved = applyAnswer(QUESTIONS, answered, "hosting", { value: ["on-prem"], unknown: false }, CUSTOM_QUESTIONS);
    expect(moved.answers).toEqual({ hosting: ["on-prem"], custom: { "cardholder-data": "yes" } });
    expect(
      applyAnswer(QUESTIONS, moved, "custom.cardholder-data", { value: undefined, unknown: true }, CUSTOM_QUESTIONS),
    ).toEqual({ answers: { hosting: ["on-prem"] }, unknown: ["custom.cardholder-data"] });
  });
});

describe("applyChange with an organisation's own answers", () => {
  it("changes them one by one and turns an I don't know into a given answer", () => {
    expect(
      applyChange(
        QUESTIONS,
        {
          answers: { teamSize: 5, custom: { "cardholder-data": "yes" } },
          unknown: ["custom.regions", "environment"],
        },
        { custom: { regions: ["eu"] } },
        CUSTOM_QUESTIONS,
      ),
    ).toEqual({
      answers: { teamSize: 5, custom: { "cardholder-data": "yes", regions: ["eu"] } },
      unknown: ["environment"],
    });
  });
});
