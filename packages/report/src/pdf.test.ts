import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./pdf.ts";
import { reportData } from "./report-data.ts";
import { exampleProfile, sampleOrgRecommendation, sampleRecommendation } from "./test-fixture.ts";

/** The text pdfkit drew with its standard fonts, one string per content stream (one per page, in order). */
const drawnPages = (pdf: Buffer): string[] => {
  const source = pdf.toString("latin1");
  const pages: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? "", "latin1")).toString("latin1");
    } catch {
      continue;
    }
    const lines: string[] = [];
    for (const array of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      const hex = [...(array[1] ?? "").matchAll(/<([0-9a-f]*)>/g)].map((h) => h[1]).join("");
      lines.push(Buffer.from(hex, "hex").toString("latin1"));
    }
    if (lines.length > 0) pages.push(lines.join("\n"));
  }
  return pages;
};

const drawnText = (pdf: Buffer): string => drawnPages(pdf).join("\n");

const when = new Date("2026-11-22T00:00:00Z");

const render = (date: string) => renderPdf(reportData(sampleRecommendation(), { teamSize: 8 }, new Date(date)));

describe("renderPdf", () => {
  it("makes a PDF", async () => {
    const pdf = await render("2026-11-22T00:00:00Z");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.subarray(-6).toString()).toContain("%%EOF");
  });

  it("draws the report's text: title, every platform, the sections", async () => {
    const text = drawnText(await render("2026-11-22T00:00:00Z"));
    expect(text).toContain("Container platform recommendation: Docker Swarm");
    for (const name of ["Docker Swarm", "Google Cloud Run", "Apache Mesos (Marathon)"]) expect(text).toContain(name);
    for (const heading of [
      "Appendix A. Ranking and chart",
      "Appendix C. Ruled out",
      "Appendix E. What would change the recommendation",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("experience -> slower start");
  });

  it("opens with a one-page summary: decision, how sure, reasons, assumptions, date and ruleset", async () => {
    const [first = "", second = ""] = drawnPages(await render("2026-11-22T00:00:00Z"));
    expect(first).toContain("Recommended: Docker Swarm, score 84 of 100.");
    expect(first).toContain("Clear choice: Docker Swarm meets every requirement");
    expect(first).toContain("Runner-up: Kubernetes (self-managed), score 75, 9 below 84.");
    expect(first).toContain("Based on 1 assumed answer:");
    expect(first).toContain("Made on 2026-11-22 by Platform Advisor, ruleset test-1");
    expect(first).not.toContain("Appendix");
    expect(second).toContain("Appendix A. Ranking and chart");
  });

  it("never shows raw file names, nor a zero score for a ruled-out platform", async () => {
    const text = drawnText(await render("2026-11-22T00:00:00Z"));
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    expect(text).toContain("ruled out");
    expect(text).not.toContain("0 of 100");
  });

  it("draws the chart as vector graphics, not an image", async () => {
    const pdf = await render("2026-11-22T00:00:00Z");
    expect(pdf.toString("latin1")).not.toContain("/Subtype /Image");
  });

  it("gives the same bytes for the same report and date", async () => {
    const [a, b, c] = await Promise.all([
      render("2026-11-22T00:00:00Z"),
      render("2026-11-22T00:00:00Z"),
      render("2026-11-23T00:00:00Z"),
    ]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });
});

describe("renderPdf under an organisation profile (v2)", () => {
  it("draws the custom answer by its prompt and label, and the internal platform's sources with their links", async () => {
    const profile = exampleProfile();
    const given = { teamSize: 8, custom: { "cardholder-data": "yes" } };
    const text = drawnText(await renderPdf(reportData(sampleOrgRecommendation(profile), given, when, { profile })));
    expect(text).toContain("Container platform recommendation: Acme Runway");
    // A long prompt wraps inside its table cell.
    expect(text).toMatch(/Does the workload store, process or\s+transmit payment card data\?/);
    expect(text).toContain("Yes, cardholder data");
    expect(text).toContain("Acme Runway handbook <https://runway.acme.example/handbook>");
    expect(text).not.toContain("cardholder-data");
  });
});
