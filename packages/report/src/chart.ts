import type { AnyPlatformId, Recommendation } from "@platform-advisor/model";

/** One platform on the complexity-versus-capability chart. */
export type ChartPoint = {
  platform: AnyPlatformId;
  name: string;
  rank: number;
  complexity: number;
  capability: number;
  eligible: boolean;
  recommended: boolean;
};

/** The chart's points, in ranking order. */
export const chartPoints = (recommendation: Recommendation): ChartPoint[] =>
  recommendation.ranking.map((entry) => ({
    platform: entry.platform,
    name: entry.name,
    rank: entry.rank,
    complexity: entry.complexity,
    capability: entry.capability,
    eligible: entry.eligible,
    recommended: entry.platform === recommendation.recommended,
  }));

export type PlacedPoint = ChartPoint & { x: number; y: number };

/** Where everything goes on a canvas whose origin is the top-left corner (SVG and PDF alike). */
export type ChartLayout = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: { value: number; x: number; y: number }[];
  /** The eligible platforms: ruled-out ones are never drawn. */
  points: PlacedPoint[];
  /** The complexity this team can carry: a vertical guide. */
  budgetX: number;
  /** The capability these answers need: a horizontal guide. */
  needY: number;
  radius: number;
};

const SCALE_MAX = 10;

/**
 * Lays the chart out on a width x height canvas: both axes run 0..10, the
 * catalogue's scale. Only eligible platforms are placed: a ruled-out one in the
 * shaded corner would read as a fit, so the renderers name them beside the
 * chart instead. Points are drawn in reverse rank so the recommended one ends
 * up on top.
 */
export const chartLayout = (
  points: ChartPoint[],
  requirements: Recommendation["requirements"],
  width = 560,
  height = 400,
): ChartLayout => {
  const plot = { left: 48, top: 16, right: width - 16, bottom: height - 44 };
  const x = (value: number) => plot.left + (value / SCALE_MAX) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (value / SCALE_MAX) * (plot.bottom - plot.top);
  return {
    width,
    height,
    plot,
    ticks: Array.from({ length: SCALE_MAX + 1 }, (_, value) => ({ value, x: x(value), y: y(value) })),
    points: points
      .filter((point) => point.eligible)
      .sort((a, b) => b.rank - a.rank)
      .map((point) => ({ ...point, x: x(point.complexity), y: y(point.capability) })),
    budgetX: x(requirements.complexityBudget),
    needY: y(requirements.capability),
    radius: 9,
  };
};

export const CHART_COLOURS = {
  recommended: "#1a7f37",
  eligible: "#0969da",
  excluded: "#8c959f",
  guide: "#bf8700",
  axis: "#57606a",
  grid: "#d0d7de",
  text: "#1f2328",
} as const;

/** The fill of a point's marker. */
export const pointColour = (point: ChartPoint): string =>
  point.recommended ? CHART_COLOURS.recommended : point.eligible ? CHART_COLOURS.eligible : CHART_COLOURS.excluded;

/** The ruled-out platforms' names, by rank: what the chart names instead of drawing. */
export const ruledOutNames = (points: readonly ChartPoint[]): string[] =>
  points.filter((point) => !point.eligible).map((point) => point.name);
