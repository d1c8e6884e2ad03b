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

/** Templates split once into their text and `{fact}` names: text, name, text, ..., text. Bounded: profiles bring their own. */
const SPLIT = new Map<string, string[]>();
const partsOf = (template: string): string[] => {
  let parts = SPLIT.get(template);
  if (!parts) {
    if (SPLIT.size >= 10_000) SPLIT.clear();
    parts = template.split(/\{(\w+)\}/);
    SPLIT.set(template, parts);
  }
  return parts;
};

/** Fills a reason template's `{fact}` placeholders from the fact values a rule read, and `{platform}` with a name. */
export const fillReason = (template: string, facts: Record<string, unknown>, platformName?: string): string => {
  const parts = partsOf(template);
  let text = parts[0]!;
  for (let k = 1; k < parts.length; k += 2) {
    const key = parts[k]!;
    const value = key === "platform" ? (platformName ?? `{${key}}`) : key in facts ? format(facts[key]) : `{${key}}`;
    text += value + parts[k + 1]!;
  }
  return text;
};

/** The placeholders a reason template uses. */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
