import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderMarkdown } from "./markdown.ts";
import { reportData } from "./report-data.ts";
import { sampleRecommendation, sampleRecommendationWithConflicts } from "./test-fixture.ts";

const when = new Date("2026-11-22T00:00:00Z");
const markdown = renderMarkdown(reportData(sampleRecommendation(), { teamSize: 8 }, when));

describe("renderMarkdown", () => {
  it("opens with the summary, then the appendices", () => {
    const headings = markdown.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Summary",
      "## Appendix A. Ranking and chart",
      "## Appendix B. Reasons for and against each platform",
      "## Appendix C. Ruled out",
      "## Appendix D. Answers and assumptions",
      "## Appendix E. What would change the recommendation",
      "## Appendix F. Sources",
    ]);
    expect(markdown).toMatch(/^# Container platform recommendation: Docker Swarm\n/);
    expect(markdown).toContain("**Recommended: Docker Swarm, score 84 of 100.**");
    expect(markdown).toContain("Clear choice: Docker Swarm meets every requirement you stated");
    // The gap is in the unit shown: 84 - 75, not the 13 points of the value model.
    expect(markdown).toContain("Runner-up: Kubernetes (self-managed), score 75, 9 below 84.");
    expect(markdown).not.toMatch(/13 points/);
  });

  it("ranks all 15 platforms, and says ruled out instead of a zero score", () => {
    const ranking = markdown.split("## Appendix A")[1]?.split("\n## ")[0] ?? "";
    const rows = ranking.split("\n").filter((line) => /^\| (\d+|-) \|/.test(line));
    expect(rows).toHaveLength(15);
    expect(rows.filter((row) => row.includes("| ruled out |"))).toHaveLength(10);
    expect(ranking).not.toMatch(/\| 0 of 100 \|/);
  });

  it("shows no raw source file names", () => {
    expect(markdown).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    expect(markdown).toContain("Docker in Production, ch. 4, §4.5");
  });

  it("lists conflicts in the summary when there are some", () => {
    const withConflicts = renderMarkdown(reportData(sampleRecommendationWithConflicts(), {}, when));
    const summary = withConflicts.split("## Appendix A")[0] ?? "";
    expect(summary).toContain("- You asked for serverless; Docker Swarm runs on servers you operate.");
    expect(summary).toContain("organisation profile Acme platform policy, revision 3");
  });

  it("escapes text that would break tables or formatting", () => {
    expect(markdown).toContain("one host should carry \\| Docker Swarm");
    expect(markdown).toContain("\\<Docker\\>");
    expect(escapeMarkdown("a_b*c|d\ne")).toBe("a\\_b\\*c\\|d e");
  });

  it("draws the chart as a Mermaid quadrant chart whose labels keep the platforms' names", () => {
    const chart = markdown.split("```mermaid\n")[1]?.split("```")[0] ?? "";
    const points = chart.split("\n").filter((line) => line.includes(": ["));
    // The eligible platforms only: a ruled-out one in "Capable and simple" would read as a fit.
    expect(points).toHaveLength(5);
    for (const line of points) {
      // Mermaid's lexer: a quoted string label; coordinates 0, 1 or 0.x only.
      expect(line).toMatch(/^ {2}"[^"]+": \[(1|0(\.\d+)?), (1|0(\.\d+)?)\] radius: \d+, color: #[0-9a-f]{6}$/);
    }
    expect(chart).toContain('"Kubernetes (self-managed)": [');
    expect(chart).not.toContain("Developer PaaS");
  });
});
