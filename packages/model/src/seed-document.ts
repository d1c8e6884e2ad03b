/** One block of a source document: a heading (with its anchor), a paragraph of text, or a code block. */
export type SeedBlock =
  | { kind: "heading"; level: number; text: string; anchor: string }
  | { kind: "text"; text: string }
  | { kind: "code"; text: string };

/** A heading as a reader sees it: no Markdown emphasis, no emoji, no stray symbols at its ends. */
export const cleanHeading = (raw: string): string =>
  raw
    .replace(/\*\*|__|`/g, "")
    .replace(/\p{Extended_Pictographic}|\p{So}|\u200d|\ufe0f/gu, "")
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}?!)]+$/gu, "")
    .trim();

/** The anchor of a heading: "4.5 Choosing the Right Platform" gives "4-5-choosing-the-right-platform". */
export const headingAnchor = (heading: string): string =>
  heading
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/**
 * A source document (Markdown-ish text) as blocks: headings outside code fences, with an anchor each (unique
 * within the document: a repeated heading gets "-2", "-3"), paragraphs and code blocks. Enough to show the document
 * and link to its sections; not a Markdown renderer.
 */
export const parseSeed = (text: string): SeedBlock[] => {
  const blocks: SeedBlock[] = [];
  const seen = new Map<string, number>();
  let paragraph: string[] = [];
  let code: string[] | undefined;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: "text", text: paragraph.join("\n") });
    paragraph = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*```/.test(line)) {
      if (code) {
        blocks.push({ kind: "code", text: code.join("\n") });
        code = undefined;
      } else {
        flush();
        code = [];
      }
      continue;
    }
    if (code) {
      code.push(line);
      continue;
    }
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    if (heading) {
      flush();
      const text = cleanHeading(heading[2] ?? "");
      const base = headingAnchor(text) || "section";
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      blocks.push({
        kind: "heading",
        level: heading[1]?.length ?? 1,
        text,
        anchor: count === 1 ? base : `${base}-${count}`,
      });
      continue;
    }
    if (line.trim() === "") flush();
    else paragraph.push(line);
  }
  if (code) blocks.push({ kind: "code", text: code.join("\n") });
  flush();
  return blocks;
};
