import PDFDocument from "pdfkit";
import { CHART_COLOURS, chartLayout, pointColour, ruledOutNames } from "./chart.ts";
import { pdfText as t } from "./pdf-text.ts";
import type { ReportData } from "./report-data.ts";
import { type Block, reportSections, type Section, sectionsLine } from "./sections.ts";

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
const CHART_HEIGHT = 300;
/** Room for the chart's legend: two or three lines of names. */
const LEGEND_HEIGHT = 50;
const BODY = 9.5;
const SMALL = 8;

/** Starts a new page unless `height` points still fit on this one. */
const keepTogether = (doc: Doc, height: number) => {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
};

const heading = (doc: Doc, text: string) => {
  keepTogether(doc, 80);
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).fillColor(CHART_COLOURS.text).text(t(text));
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y)
    .lineWidth(0.5)
    .strokeColor(CHART_COLOURS.grid)
    .stroke();
  doc.moveDown(0.6).font("Helvetica").fontSize(BODY);
};

const subheading = (doc: Doc, text: string) => {
  keepTogether(doc, 60);
  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(10.5).fillColor(CHART_COLOURS.text).text(t(text));
  doc.moveDown(0.3).font("Helvetica").fontSize(BODY);
};

const paragraph = (doc: Doc, text: string, colour: string = CHART_COLOURS.text) => {
  doc
    .font("Helvetica")
    .fontSize(BODY)
    .fillColor(colour)
    .text(t(text), MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
};

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

const table = (doc: Doc, header: string[], rows: string[][], widths: (number | "*")[]) => {
  doc.x = MARGIN;
  doc.fontSize(SMALL).fillColor(CHART_COLOURS.text);
  doc.table({
    columnStyles: widths.map((width) => ({ width })),
    defaultStyle: { border: 0.5, borderColor: CHART_COLOURS.grid, padding: 3 },
    data: [
      header.map((text) => ({ text: t(text), font: { src: "Helvetica-Bold" }, backgroundColor: "#f6f8fa" })),
      ...rows.map((row) => row.map((text) => t(text))),
    ],
  });
  doc.font("Helvetica").fontSize(BODY).moveDown(0.6);
};

/** Draws the chart as vector graphics: the same layout the SVG uses, offset onto the page. */
const chart = (doc: Doc, report: ReportData, height: number) => {
  const width = contentWidth(doc);
  const x0 = MARGIN;
  const y0 = doc.y;
  const layout = chartLayout(report.chart, report.requirements, width, height);
  const { plot } = layout;
  const X = (x: number) => x0 + x;
  const Y = (y: number) => y0 + y;

  doc.save();
  const zoneWidth = Math.max(0, Math.min(layout.budgetX, plot.right) - plot.left);
  const zoneHeight = Math.max(0, layout.needY - plot.top);
  doc.rect(X(plot.left), Y(plot.top), zoneWidth, zoneHeight).fillOpacity(0.08).fill(CHART_COLOURS.recommended);
  doc.fillOpacity(1);
  for (const tick of layout.ticks) {
    doc.lineWidth(0.4).strokeColor(CHART_COLOURS.grid);
    doc.moveTo(X(tick.x), Y(plot.top)).lineTo(X(tick.x), Y(plot.bottom)).stroke();
    doc.moveTo(X(plot.left), Y(tick.y)).lineTo(X(plot.right), Y(tick.y)).stroke();
    doc.font("Helvetica").fontSize(7).fillColor(CHART_COLOURS.axis);
    doc.text(String(tick.value), X(tick.x) - 10, Y(plot.bottom + 5), { width: 20, align: "center", lineBreak: false });
    doc.text(String(tick.value), X(plot.left) - 24, Y(tick.y) - 3, { width: 18, align: "right", lineBreak: false });
  }
  doc
    .rect(X(plot.left), Y(plot.top), plot.right - plot.left, plot.bottom - plot.top)
    .lineWidth(0.8)
    .strokeColor(CHART_COLOURS.axis)
    .stroke();
  doc.lineWidth(0.8).strokeColor(CHART_COLOURS.guide).dash(4, { space: 3 });
  doc.moveTo(X(layout.budgetX), Y(plot.top)).lineTo(X(layout.budgetX), Y(plot.bottom)).stroke();
  doc.moveTo(X(plot.left), Y(layout.needY)).lineTo(X(plot.right), Y(layout.needY)).stroke();
  doc.undash();
  doc.fontSize(7).fillColor(CHART_COLOURS.guide);
  // Near the right edge the guide's label goes on its left, so it is never cut off.
  const budgetLabelLeft = layout.budgetX + 130 > plot.right;
  doc.text("complexity this team carries", X(layout.budgetX) + (budgetLabelLeft ? -128 : 3), Y(plot.bottom) - 10, {
    width: 125,
    align: budgetLabelLeft ? "right" : "left",
    lineBreak: false,
  });
  doc.text("capability needed", X(plot.left) + 4, Y(layout.needY) - 9, { lineBreak: false });

  for (const point of layout.points) {
    const radius = point.recommended ? layout.radius + 2 : layout.radius - 1;
    doc.circle(X(point.x), Y(point.y), radius).lineWidth(1).fillAndStroke(pointColour(point), "#ffffff");
    doc.fillOpacity(1).font("Helvetica-Bold").fontSize(7).fillColor("#ffffff");
    doc.text(String(point.rank), X(point.x) - 10, Y(point.y) - 2.6, { width: 20, align: "center", lineBreak: false });
  }
  doc.font("Helvetica").fontSize(8.5).fillColor(CHART_COLOURS.text);
  doc.text("Complexity (0-10)", X(plot.left), Y(height - 16), {
    width: plot.right - plot.left,
    align: "center",
    lineBreak: false,
  });
  doc.rotate(-90, { origin: [X(6), Y((plot.top + plot.bottom) / 2)] });
  doc.text("Capability (0-10)", X(6) - 50, Y((plot.top + plot.bottom) / 2) - 4, {
    width: 100,
    align: "center",
    lineBreak: false,
  });
  doc.restore();

  // The legend flows as text, so no name is cut off; ruled-out platforms are named apart, in grey, never drawn.
  doc.x = MARGIN;
  doc.y = y0 + height + 6;
  const legend = (text: string, colour: string) => {
    doc.font("Helvetica").fontSize(7.5).fillColor(colour);
    doc.text(t(text), MARGIN, doc.y, { width });
    doc.moveDown(0.3);
  };
  legend(
    layout.points
      .toReversed()
      .map((point) => `${point.rank}. ${point.name}`)
      .join("   "),
    CHART_COLOURS.eligible,
  );
  const out = ruledOutNames(report.chart);
  if (out.length > 0) legend(`Ruled out, so not drawn: ${out.join(", ")}`, CHART_COLOURS.axis);
  doc.fillColor(CHART_COLOURS.text).fontSize(BODY);
};

/** How tightly a pass sets the appendices: a second, tighter pass avoids a nearly empty last page. */
type Density = { chartHeight: number; gap: number };
const NORMAL: Density = { chartHeight: CHART_HEIGHT, gap: 0.4 };
const TIGHT: Density = { chartHeight: 230, gap: 0.15 };

const block = (doc: Doc, report: ReportData, item: Block, density: Density) => {
  switch (item.kind) {
    case "lead":
      doc.moveDown(0.2).font("Helvetica-Bold").fontSize(14).fillColor(CHART_COLOURS.recommended);
      doc.text(t(item.text), MARGIN, doc.y, { width: contentWidth(doc) });
      doc.moveDown(0.3).font("Helvetica").fontSize(BODY);
      return;
    case "paragraph":
      paragraph(doc, item.text, item.muted ? CHART_COLOURS.axis : CHART_COLOURS.text);
      return;
    case "list":
      for (const text of item.items) paragraph(doc, `- ${text}`);
      return;
    case "subheading":
      subheading(doc, item.text);
      return;
    case "table":
      table(
        doc,
        item.header,
        item.rows,
        item.columns.map((column) => (column === "number" ? 52 : column === "source" ? 140 : "*")),
      );
      return;
    case "chart":
      keepTogether(doc, density.chartHeight + LEGEND_HEIGHT + 10);
      chart(doc, report, density.chartHeight);
      return;
    case "sources":
      for (const source of item.items) {
        const sections = sectionsLine(source);
        paragraph(doc, `${source.title}${sections ? `, ${sections}` : ""}${source.url ? ` <${source.url}>` : ""}`);
      }
      return;
  }
};

const section = (doc: Doc, report: ReportData, item: Section, density: Density) => {
  heading(doc, item.heading);
  for (const entry of item.blocks) {
    block(doc, report, entry, density);
    if (density.gap < NORMAL.gap) doc.moveUp(NORMAL.gap - density.gap);
  }
};

const numberPages = (doc: Doc, report: ReportData) => {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(7)
      .fillColor(CHART_COLOURS.axis)
      .text(
        t(
          `Platform Advisor report, ${report.date}, ruleset ${report.rulesetVersion}. Page ${index + 1} of ${range.count}`,
        ),
        MARGIN,
        doc.page.height - 30,
        { width: contentWidth(doc), align: "center", lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
};

/** Draws the report once at a density; says how many pages it took and how full the last one is. */
const draw = (report: ReportData, density: Density): Promise<{ pdf: Buffer; pages: number; lastPageFill: number }> =>
  new Promise((resolve, reject) => {
    let pages = 0;
    let lastPageFill = 0;
    const generatedAt = new Date(report.generatedAt);
    const doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      bufferPages: true,
      info: {
        Title: t(report.title),
        Author: "Platform Advisor",
        Subject: "Container platform recommendation",
        Keywords: `ruleset ${report.rulesetVersion}`,
        CreationDate: generatedAt,
        ModDate: generatedAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve({ pdf: Buffer.concat(chunks), pages, lastPageFill }));
    doc.on("error", reject);

    const { summary, appendices } = reportSections(report);
    doc
      .font("Helvetica-Bold")
      .fontSize(18)
      .fillColor(CHART_COLOURS.text)
      .text(t(report.title), {
        width: contentWidth(doc),
      });
    section(doc, report, summary, NORMAL);
    doc.addPage();
    appendices.forEach((item, index) => {
      if (index > 0) doc.moveDown(0.5);
      section(doc, report, item, density);
    });

    pages = doc.bufferedPageRange().count;
    lastPageFill = (doc.y - MARGIN) / (doc.page.height - 2 * MARGIN);
    numberPages(doc, report);
    doc.end();
  });

/** Below this share of a page, a last page looks nearly empty. */
const NEARLY_EMPTY = 0.2;

/**
 * The report as a PDF made in-process with pdfkit and its built-in Helvetica:
 * no browser, no font files. The summary fills page 1; the appendices follow,
 * set tighter when that spares a nearly empty last page. The document's dates
 * come from the report, so the same report gives the same bytes.
 */
export const renderPdf = async (report: ReportData): Promise<Buffer> => {
  const normal = await draw(report, NORMAL);
  if (normal.lastPageFill >= NEARLY_EMPTY || normal.pages <= 2) return normal.pdf;
  const tight = await draw(report, TIGHT);
  return tight.pages < normal.pages || tight.lastPageFill >= NEARLY_EMPTY ? tight.pdf : normal.pdf;
};
