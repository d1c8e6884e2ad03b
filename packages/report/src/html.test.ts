import { describe, expect, it } from "vitest";
import { renderHtml } from "./html.ts";
import { reportData } from "./report-data.ts";
import { sampleRecommendation, sampleRecommendationWithConflicts } from "./test-fixture.ts";

const when = new Date("2026-11-22T00:00:00Z");
const html = renderHtml(reportData(sampleRecommendation(), { teamSize: 8 }, when));

describe("renderHtml", () => {
  it("is one standalone document: no external scripts, styles, images or fonts", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  it("draws the chart as inline SVG with one marker per eligible platform, and names the ruled-out ones apart", () => {
    const svg = html.split("<svg")[1]?.split("</svg>")[0] ?? "";
    expect(svg.match(/<circle /g)).toHaveLength(5);
    expect(svg).not.toContain("ruled out");
    expect(html).toMatch(/<p class="ruled-out">Ruled out, so not drawn: [^<]*AWS Fargate/);
  });

  it("prints the summary on a page of its own", () => {
    expect(html).toContain("@media print");
    expect(html).toMatch(/section\.summary \{ break-after: page; \}/);
  });

  it("stacks table cells with their column's name on a phone", () => {
    expect(html).toContain("@media (max-width: 600px)");
    expect(html).toContain('data-label="Reason"');
  });

  it("escapes text from the recommendation", () => {
    expect(html).toContain("&lt;Docker&gt; experience");
    expect(html).not.toContain("<Docker>");
  });

  it("opens with the summary, then the appendices, with no raw file names", () => {
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual([
      "Summary",
      "Appendix A. Ranking and chart",
      "Appendix B. Reasons for and against each platform",
      "Appendix C. Ruled out",
      "Appendix D. Answers and assumptions",
      "Appendix E. What would change the recommendation",
      "Appendix F. Sources",
    ]);
    expect(html).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    expect(html).toMatch(/<li><a href="https:\/\/[^"]+">[^<]+<\/a><\/li>/);
    expect(html).toContain("<li><cite>Container Orchestration, chapter 4 of Docker in Production</cite>");
  });

  it("shows conflicts and the profile in the summary", () => {
    const conflicted = renderHtml(reportData(sampleRecommendationWithConflicts(), {}, when));
    const summary = conflicted.split('<section id="ranking"')[0] ?? "";
    expect(summary).toContain("The best serverless option is Google Cloud Run.");
    expect(summary).toContain("organisation profile Acme platform policy, revision 3");
  });
});
