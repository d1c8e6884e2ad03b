import { BUILT_IN_CATALOGUE, catalogueOf } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { customAnswers, customRequirements } from "./custom-answers.ts";
import { exampleProfile } from "./test-fixture.ts";

const catalogue = catalogueOf(exampleProfile());

describe("customAnswers", () => {
  it("reads an answer by the question's prompt and the option's label", () => {
    expect(customAnswers({ custom: { "cardholder-data": "yes" } }, catalogue)).toEqual([
      {
        question: "custom.cardholder-data",
        prompt: "Does the workload store, process or transmit payment card data?",
        values: ["yes"],
        labels: ["Yes, cardholder data"],
      },
    ]);
  });

  it("keeps the raw words of an answer the catalogue has no question for", () => {
    expect(customAnswers({ custom: { "eu-region": ["frankfurt", "dublin"] } }, BUILT_IN_CATALOGUE)).toEqual([
      {
        question: "custom.eu-region",
        prompt: "eu-region",
        values: ["frankfurt", "dublin"],
        labels: ["frankfurt", "dublin"],
      },
    ]);
  });

  it("gives nothing when no custom question was answered", () => {
    expect(customAnswers({ teamSize: 4 }, catalogue)).toEqual([]);
  });
});

describe("customRequirements", () => {
  it("turns a chosen option into the capabilities it requires", () => {
    expect(customRequirements({ custom: { "cardholder-data": "yes" } }, catalogue)).toEqual(["org-pci-dss"]);
    expect(customRequirements({ custom: { "cardholder-data": "no" } }, catalogue)).toEqual([]);
    expect(customRequirements({}, catalogue)).toEqual([]);
  });
});
