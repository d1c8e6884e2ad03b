import { describe, expect, it } from "vitest";
import { renderReport, reportFileName } from "./render-report.ts";
import { ReportDocument } from "./report-json.ts";
import { exampleProfile, sampleOrgRecommendation, sampleRecommendation } from "./test-fixture.ts";

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

describe("renderReport under an organisation profile (v2)", () => {
  const profile = exampleProfile();
  const given = { teamSize: 8, custom: { "cardholder-data": "yes" } };
  const render = async (format: "md" | "html" | "json" | "adr") =>
    String((await renderReport(format, sampleOrgRecommendation(profile), given, when, { profile })).body);

  it("names the file after the organisation's own platform", () => {
    expect(reportFileName(sampleOrgRecommendation(profile), when, "md")).toBe(
      "platform-advisor-org-runway-2026-11-22.md",
    );
  });

  it("shows the custom answer in Markdown by its prompt and label, and the platform's sources as links", async () => {
    const markdown = await render("md");
    expect(markdown).toMatch(/^# Container platform recommendation: Acme Runway\n/);
    expect(markdown).toContain(
      "| Does the workload store, process or transmit payment card data? | Yes, cardholder data | given |",
    );
    expect(markdown).toContain("[Acme Runway handbook](https://runway.acme.example/handbook)");
    expect(markdown).toContain(
      "[Acme PCI DSS report on compliance 2026](https://compliance.acme.example/pci-dss/2026)",
    );
    expect(markdown).not.toMatch(/cardholder-data/);
  });

  it("shows the custom answer in HTML by its prompt and label, and the platform's sources as links", async () => {
    const html = await render("html");
    expect(html).toContain("Does the workload store, process or transmit payment card data?");
    expect(html).toContain("Yes, cardholder data");
    expect(html).toContain('<a href="https://runway.acme.example/handbook">Acme Runway handbook</a>');
    expect(html).not.toMatch(/cardholder-data/);
  });

  it("carries the custom answers and the linked sources in JSON", async () => {
    const document = ReportDocument.parse(JSON.parse(await render("json")));
    expect(document.answersGiven.custom).toEqual({ "cardholder-data": "yes" });
    expect(document.customAnswers).toEqual([
      {
        question: "custom.cardholder-data",
        prompt: "Does the workload store, process or transmit payment card data?",
        values: ["yes"],
        labels: ["Yes, cardholder data"],
      },
    ]);
    expect(document.sources).toContainEqual({
      title: "Acme Runway handbook",
      url: "https://runway.acme.example/handbook",
      sections: [],
    });
  });

  it("states the custom answer in the decision record's context", async () => {
    const adr = await render("adr");
    expect(adr).toContain("* Does the workload store, process or transmit payment card data?: Yes, cardholder data");
    expect(adr).toContain("# 0001. Run the workload on Acme Runway");
  });
});
