import type { Question } from "@platform-advisor/model";

/** An answer as a person reads it: option labels, numbers with their unit. */
export const formatAnswer = (question: Question, value: unknown): string => {
  const label = (item: unknown) => question.options?.find((option) => option.value === item)?.label ?? String(item);
  if (Array.isArray(value)) return value.length === 0 ? "None" : value.map(label).join(", ");
  if (typeof value === "number") {
    const number = value.toLocaleString("en");
    if (!question.unit) return number;
    return `${number} ${value === 1 ? question.unit.replace(/s$/, "") : question.unit}`;
  }
  return label(value);
};
