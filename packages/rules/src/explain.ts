const format = (value: unknown): string => {
  if (typeof value === "number") return value.toLocaleString("en-US");
  if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : "none";
  return String(value);
};

/** Fills a reason template's `{fact}` placeholders from the fact values a rule read, and `{platform}` with a name. */
export const fillReason = (template: string, facts: Record<string, unknown>, platformName?: string): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (key === "platform") return platformName ?? whole;
    return key in facts ? format(facts[key]) : whole;
  });

/** The placeholders a reason template uses. */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
