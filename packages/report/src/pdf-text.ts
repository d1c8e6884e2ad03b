/** Characters outside Latin-1 that pdfkit's standard fonts can still draw (WinAnsi's extra glyphs). */
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const REPLACEMENTS: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "⇒": "=>",
  "≥": ">=",
  "≤": "<=",
  "≈": "~",
  "≠": "!=",
  "−": "-",
  "✓": "yes",
  "✗": "no",
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
};

/**
 * Makes text safe for pdfkit's standard fonts (Helvetica), which encode only
 * WinAnsi: common symbols become ASCII look-alikes, anything else a "?", so a
 * reason with an unexpected character still prints instead of garbling.
 */
export const pdfText = (text: string): string =>
  Array.from(text, (char) => {
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) return replacement;
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)) return char;
    if (char === "\n" || char === "\t") return char;
    return "?";
  }).join("");
