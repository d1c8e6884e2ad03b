import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./pdf.ts";
import { reportData } from "./report-data.ts";
import { sampleRecommendation } from "./test-fixture.ts";

/** The text pdfkit drew with its standard fonts: each TJ array's hex strings, decoded. */
const drawnText = (pdf: Buffer): string => {
  const source = pdf.toString("latin1");
  const lines: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? "", "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const array of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      const hex = [...(array[1] ?? "").matchAll(/<([0-9a-f]*)>/g)].map((h) => h[1]).join("");
      lines.push(Buffer.from(hex, "hex").toString("latin1"));
    }
  }
  return lines.join("\n");
};

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
      "Ranking",
      "Complexity versus capability",
      "Why the excluded platforms are out",
      "Growth path",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("experience -> slower start");
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
