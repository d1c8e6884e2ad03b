import { describe, expect, it } from "vitest";
import { renderReport, reportFileName } from "./render-report.ts";
import { ReportDocument } from "./report-json.ts";
import { sampleRecommendation } from "./test-fixture.ts";

const when = new Date("2026-11-22T10:00:00Z");

describe("renderReport", () => {
  it("names the file after the recommendation and the date", () => {
    expect(reportFileName(sampleRecommendation(), when, "pdf")).toBe("platform-advisor-docker-swarm-2026-11-22.pdf");
  });

  it("names a decision record as MADR numbers them", () => {
    expect(reportFileName(sampleRecommendation(), when, "adr")).toBe("0001-container-platform-docker-swarm.md");
  });

  it.each([
    ["md", "text/markdown; charset=utf-8", ".md"],
    ["html", "text/html; charset=utf-8", ".html"],
    ["pdf", "application/pdf", ".pdf"],
    ["json", "application/json", ".json"],
    ["adr", "text/markdown; charset=utf-8", ".md"],
  ] as const)("renders %s as %s", async (format, contentType, extension) => {
    const report = await renderReport(format, sampleRecommendation(), { teamSize: 8 }, when);
    expect(report.contentType).toBe(contentType);
    expect(report.fileName.endsWith(extension)).toBe(true);
    expect(report.body.length).toBeGreaterThan(1000);
  });

  it("passes the options through: the link back to the answers and the record's people", async () => {
    const report = await renderReport("adr", sampleRecommendation(), { teamSize: 8 }, when, {
      appUrl: "https://advisor.example",
      decisionMakers: ["Ana"],
    });
    expect(String(report.body)).toContain('decision-makers: ["Ana"]');
    expect(String(report.body)).toContain("https://advisor.example/?view=result&teamSize=8");
  });

  it("gives JSON that matches its documented schema, with the answers given and the date", async () => {
    const report = await renderReport("json", sampleRecommendation(), { teamSize: 8 }, when);
    const document = ReportDocument.parse(JSON.parse(String(report.body)));
    expect(document.answersGiven).toEqual({ teamSize: 8 });
    expect(document.generatedAt).toBe(when.toISOString());
    expect(document.chart).toHaveLength(15);
  });
});
