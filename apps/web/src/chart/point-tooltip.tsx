import type { TooltipContentProps } from "recharts";
import { type ChartData, type ChartPoint, fitOf } from "./chart-data.ts";

const STATUS_TEXT = {
  recommended: "Recommended",
  eligible: "Eligible",
  unmet: "Eligible, misses a requirement",
  excluded: "Ruled out",
} as const;

/** What a pointer over a platform shows: its rank, score, coordinates and fit. */
export function PointTooltip({ active, payload, data }: Partial<TooltipContentProps> & { data: ChartData }) {
  const point = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{point.name}</p>
      <p>
        {STATUS_TEXT[point.status]}
        {point.status !== "excluded" && `, rank ${point.rank}, score ${point.score}`}
      </p>
      <p>
        Complexity {point.complexity}, capability {point.capability}
      </p>
      <p>{fitOf(point, data)}</p>
    </div>
  );
}
