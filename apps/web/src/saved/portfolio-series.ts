import type { Portfolio } from "./types.ts";

export type PortfolioBar = { platform: string; name: string; workloads: number };

/** The portfolio's bar chart data: one bar per recommended platform, most workloads first, then by name. */
export const portfolioSeries = (
  byRecommended: Portfolio["byRecommended"],
  nameOf: (platform: string) => string,
): PortfolioBar[] =>
  Object.entries(byRecommended)
    .filter((entry): entry is [string, number] => typeof entry[1] === "number" && entry[1] > 0)
    .map(([platform, workloads]) => ({ platform, name: nameOf(platform), workloads }))
    .sort((a, b) => b.workloads - a.workloads || a.name.localeCompare(b.name));

/** A CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
const csvField = (value: string | number): string => {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * The portfolio as CSV (RFC 4180, CRLF): one row per recommended platform with its workloads and how many of
 * them run on another platform today.
 */
export const portfolioCsv = (portfolio: Portfolio, nameOf: (platform: string) => string): string => {
  const rows = portfolioSeries(portfolio.byRecommended, nameOf).map((bar) => [
    bar.platform,
    bar.name,
    bar.workloads,
    portfolio.drift.filter((entry) => entry.recommended === bar.platform).length,
  ]);
  return [["platform_id", "platform", "workloads", "running_elsewhere"], ...rows]
    .map((row) => row.map(csvField).join(","))
    .join("\r\n")
    .concat("\r\n");
};
