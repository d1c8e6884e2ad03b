/** `n.toLocaleString("en-US")` without building a formatter on every call (the same result, by ECMA-402). */
const EN_US = new Intl.NumberFormat("en-US");
export const formatCount = (value: number): string =>
  // Whole numbers under 1,000 have no separator: the formatter's answer without its cost (explanations ask often).
  Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0) ? String(value) : EN_US.format(value);

const format = (value: unknown): string => {
  if (typeof value === "number") return formatCount(value);
  if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : "none";
  return String(value);
};

const PLACEHOLDER = /\{\w+\}/g;
/** A placeholder's fact name: `{name}` without its braces. */
const nameOf = (placeholder: string): string => placeholder.slice(1, -1);

/** A reason template split once: each `{fact}` name with the text before it, then the text after the last one. */
interface ParsedTemplate {
  slots: { before: string; key: string }[];
  after: string;
}

const parse = (template: string): ParsedTemplate => {
  const slots: ParsedTemplate["slots"] = [];
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    slots.push({ before: template.slice(from, match.index), key: nameOf(match[0]) });
    from = match.index + match[0].length;
  }
  return { slots, after: template.slice(from) };
};

/** Templates parsed once. Bounded: profiles bring their own. */
const PARSED = new Map<string, ParsedTemplate>();
const parsed = (template: string): ParsedTemplate => {
  let entry = PARSED.get(template);
  if (!entry) {
    if (PARSED.size >= 10_000) PARSED.clear();
    entry = parse(template);
    PARSED.set(template, entry);
  }
  return entry;
};

/** Fills a reason template's `{fact}` placeholders from the fact values a rule read, and `{platform}` with a name. */
export const fillReason = (template: string, facts: Record<string, unknown>, platformName?: string): string => {
  const { slots, after } = parsed(template);
  let text = "";
  for (const { before, key } of slots) {
    const value = key === "platform" ? (platformName ?? `{${key}}`) : key in facts ? format(facts[key]) : `{${key}}`;
    text += before + value;
  }
  return text + after;
};

/** The placeholders a reason template uses. */
export const placeholders = (template: string): string[] =>
  Array.from(template.matchAll(PLACEHOLDER), (m) => nameOf(m[0]));
