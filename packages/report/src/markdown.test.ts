import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderMarkdown } from "./markdown.ts";
import { reportData } from "./report-data.ts";
import { sampleRecommendation } from "./test-fixture.ts";

const markdown = renderMarkdown(reportData(sampleRecommendation(), { teamSize: 8 }, new Date("2026-11-22T00:00:00Z")));

describe("renderMarkdown", () => {
  it("has every section of the report, in order", () => {
    const headings = markdown.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Recommendation",
      "## Ranking",
      "## Complexity versus capability",
      "## Reasons for and against each platform",
      "## Why the excluded platforms are out",
      "## Assumptions",
      "## What would change the recommendation",
      "## Growth path",
      "## Answers",
      "## Sources",
    ]);
    expect(markdown).toMatch(/^# Container platform recommendation: Docker Swarm\n/);
    expect(markdown).toContain("Made on 2026-11-22 by Platform Advisor, ruleset test-1.");
  });

  it("ranks all 15 platforms in a table", () => {
    const rows = markdown
      .split("## Ranking")[1]
      ?.split("##")[0]
      ?.split("\n")
      .filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(15);
  });

  it("escapes text that would break tables or formatting", () => {
    expect(markdown).toContain("one host should carry \\| Docker Swarm");
    expect(markdown).toContain("\\<Docker\\>");
    expect(escapeMarkdown("a_b*c|d\ne")).toBe("a\\_b\\*c\\|d e");
  });

  it("draws the chart as a Mermaid quadrant chart whose points Mermaid can parse", () => {
    const chart = markdown.split("```mermaid\n")[1]?.split("```")[0] ?? "";
    const points = chart.split("\n").filter((line) => line.includes(": ["));
    expect(points).toHaveLength(15);
    for (const line of points) {
      // Mermaid's lexer: a label of letters, digits, spaces and hyphens; coordinates 0, 1 or 0.x only.
      expect(line).toMatch(/^ {2}[A-Za-z0-9 -]+: \[(1|0(\.\d+)?), (1|0(\.\d+)?)\] radius: \d+, color: #[0-9a-f]{6}$/);
    }
  });
});
