import { inflateSync } from "node:zlib";

/**
 * The text drawn on each page of a pdfkit PDF, in page order: pdfkit writes
 * one compressed content stream per page, and its standard fonts draw text as
 * hex strings in TJ arrays. Enough to check what a page says, with no PDF tools.
 */
export const pdfPageTexts = (pdf: Buffer): string[] => {
  const pages: string[] = [];
  for (const match of pdf.toString("latin1").matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? "", "latin1")).toString("latin1");
    } catch {
      continue;
    }
    const lines = [...content.matchAll(/\[([^\]]*)\] TJ/g)].map((array) =>
      Buffer.from([...(array[1] ?? "").matchAll(/<([0-9a-f]*)>/g)].map((hex) => hex[1]).join(""), "hex").toString(
        "latin1",
      ),
    );
    if (lines.length > 0) pages.push(lines.join("\n"));
  }
  return pages;
};
