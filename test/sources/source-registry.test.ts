import { CATALOGUE, describeSource, hasHumanTitle } from "@platform-advisor/model";
import { RULES, recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";

const RAW_FILE = /\d{3}_[0-9a-f]{16}\.txt/;

/** Every `source` string anywhere inside a value. */
const sourcesIn = (value: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) sourcesIn(item, found);
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      if (key === "source" && typeof item === "string") found.add(item);
      else sourcesIn(item, found);
    }
  return found;
};

describe("the source registry", async () => {
  const assumed = await recommend({});
  const cited = [...sourcesIn(RULES), ...sourcesIn(CATALOGUE), ...sourcesIn(assumed.assumptions)];

  it("finds the citations it checks", () => {
    expect(cited.some((source) => RAW_FILE.test(source))).toBe(true);
    expect(cited.length).toBeGreaterThan(20);
  });

  it.each([...new Set(cited)])("gives %s a human title and no file name", (source) => {
    expect(hasHumanTitle(source)).toBe(true);
    const described = describeSource(source);
    expect(described.label).not.toMatch(RAW_FILE);
    expect(described.title).not.toMatch(RAW_FILE);
    for (const document of described.documents) expect(document.title.length).toBeGreaterThan(3);
  });
});
