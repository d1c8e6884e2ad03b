import { describe, expect, it } from "vitest";
import { CUSTOM_QUESTIONS } from "../fixtures/own-platform.ts";
import { QUESTIONS } from "../fixtures/questions.ts";
import { decodeUrlState, encodeUrlState, type UrlState } from "./url-state.ts";

const state: UrlState = {
  view: "result",
  step: undefined,
  answers: { environment: "production", teamSize: 25, hosting: ["aws", "gcp"], highAvailability: false },
  unknown: ["management"],
  editing: false,
};

describe("url state", () => {
  it("round-trips every answer type, the view and the unknown answers", () => {
    const search = encodeUrlState(QUESTIONS, state);
    expect(search).toBe(
      "view=result&environment=production&teamSize=25&hosting=aws%2Cgcp&highAvailability=false&unknown=management",
    );
    expect(decodeUrlState(QUESTIONS, `?${search}`)).toEqual({ state, issues: [] });
  });

  it("keeps which numbers are estimates, and forgets an estimate without its number", () => {
    const estimated: UrlState = { ...state, estimated: ["teamSize"] };
    const search = encodeUrlState(QUESTIONS, estimated);
    expect(search).toContain("&estimated=teamSize");
    expect(decodeUrlState(QUESTIONS, `?${search}`).state).toEqual(estimated);
    expect(decodeUrlState(QUESTIONS, "?view=result&estimated=teamSize").state.estimated).toBeUndefined();
  });

  it("keeps the step and the editing flag", () => {
    const editing: UrlState = { ...state, view: "questions", step: "hosting", editing: true };
    expect(decodeUrlState(QUESTIONS, encodeUrlState(QUESTIONS, editing)).state).toEqual(editing);
  });

  it("reports values that are not answers instead of throwing", () => {
    const { state: decoded, issues } = decodeUrlState(
      QUESTIONS,
      "teamSize=twelve&hosting=aws,mars&environment=moon&highAvailability=true&step=nope&unknown=teamSize,bogus",
    );
    expect(decoded.answers).toEqual({ highAvailability: true });
    expect(decoded.step).toBeUndefined();
    expect(decoded.unknown).toEqual(["teamSize"]);
    expect(issues).toEqual([
      { question: "environment", raw: "moon", message: '"moon" is not one of the choices.' },
      { question: "teamSize", raw: "twelve", message: '"twelve" is not a whole number.' },
      { question: "hosting", raw: "aws,mars", message: '"mars" is not one of the choices.' },
    ]);
  });

  it("ignores an unknown mark on a question that has an answer", () => {
    expect(decodeUrlState(QUESTIONS, "teamSize=3&unknown=teamSize").state.unknown).toEqual([]);
  });

  it("reads an empty list as no ticks and drops repeated values", () => {
    expect(decodeUrlState(QUESTIONS, "hosting=").state.answers).toEqual({ hosting: [] });
    expect(decodeUrlState(QUESTIONS, "hosting=aws,aws").state.answers).toEqual({ hosting: ["aws"] });
  });

  it("carries an organisation's own answers as custom.<id>, after the built-in ones, and reads them back", () => {
    const own: UrlState = {
      ...state,
      answers: { teamSize: 25, custom: { "cardholder-data": "yes", regions: ["eu", "us"] } },
      unknown: ["management"],
      step: "custom.regions",
    };
    const search = encodeUrlState(QUESTIONS, own, CUSTOM_QUESTIONS);
    expect(search).toBe(
      "view=result&step=custom.regions&teamSize=25&custom.cardholder-data=yes&custom.regions=eu%2Cus&unknown=management",
    );
    expect(decodeUrlState(QUESTIONS, `?${search}`, CUSTOM_QUESTIONS)).toEqual({ state: own, issues: [] });
  });

  it("reports an option the profile does not offer, and drops questions it does not ask", () => {
    const { state: decoded, issues } = decodeUrlState(
      QUESTIONS,
      "custom.cardholder-data=maybe&custom.regions=eu&custom.gone=x&unknown=custom.gone,custom.regions",
      CUSTOM_QUESTIONS,
    );
    expect(decoded.answers).toEqual({ custom: { regions: ["eu"] } });
    expect(decoded.unknown).toEqual([]);
    expect(issues).toEqual([
      { question: "custom.cardholder-data", raw: "maybe", message: '"maybe" is not one of the choices.' },
    ]);
  });
});
