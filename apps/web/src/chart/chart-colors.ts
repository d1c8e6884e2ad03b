import type { PointStatus } from "./chart-data.ts";

/** One palette for the chart and its HTML key, so the two always agree. */
export const POINT_COLORS: Record<PointStatus, string> = {
  recommended: "#c2410c",
  eligible: "#1d4ed8",
  unmet: "#b45309",
  excluded: "#9ca3af",
};

export const LINE_COLORS = {
  capability: "#15803d",
  budget: "#7c3aed",
  sweetSpot: "#16a34a",
} as const;
