import { describe, expect, it } from "vitest";
import { renderHtml } from "./html.ts";
import { reportData } from "./report-data.ts";
import { sampleRecommendation } from "./test-fixture.ts";

const html = renderHtml(reportData(sampleRecommendation(), { teamSize: 8 }, new Date("2026-11-22T00:00:00Z")));

describe("renderHtml", () => {
  it("is one standalone document: no external scripts, styles, images or fonts", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  it("draws the chart as inline SVG with one marker per platform", () => {
    const svg = html.split("<svg")[1]?.split("</svg>")[0] ?? "";
    expect(svg.match(/<circle /g)).toHaveLength(15);
  });

  it("has a print stylesheet", () => {
    expect(html).toContain("@media print");
    expect(html).toContain("@page");
  });

  it("escapes text from the recommendation", () => {
    expect(html).toContain("&lt;Docker&gt; experience");
    expect(html).not.toContain("<Docker>");
  });

  it("shows the sections of the report", () => {
    for (const heading of [
      "Recommendation",
      "Ranking",
      "Complexity versus capability",
      "Reasons for and against each platform",
      "Why the excluded platforms are out",
      "Assumptions",
      "What would change the recommendation",
      "Growth path",
      "Answers",
      "Sources",
    ]) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
  });
});
