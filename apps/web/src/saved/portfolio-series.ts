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
