import { usePlotArea, useXAxisScale, useYAxisScale } from "recharts";
import type { ChartPoint } from "./chart-data.ts";
import { placeLabels } from "./label-layout.ts";

const FONT_SIZE = 12;

/** The chart margin (top and right) that labels may spill into; ComplexityChart sets it. */
export const MARGIN = 14;

/** Platform names beside their markers, placed so that they never overlap (drawn inside the chart). */
export function PointLabels({ points }: { points: readonly ChartPoint[] }) {
  const area = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!area || !xScale || !yScale) return null;
  const inputs = points.map((point) => ({
    id: point.id,
    x: Number(xScale(point.complexity)),
    y: Number(yScale(point.capability)),
    text: point.label,
  }));
  const labels = placeLabels(inputs, {
    charWidth: FONT_SIZE * 0.56,
    lineHeight: FONT_SIZE * 1.25,
    markerRadius: 7,
    // Labels may use the chart's margin above and to the right of the plot, where nothing else is drawn.
    bounds: {
      left: area.x + 2,
      top: area.y - MARGIN,
      right: area.x + area.width + MARGIN,
      bottom: area.y + area.height,
    },
  });
  const statusOf = new Map(points.map((point) => [point.id, point.status]));
  return (
    <g className="point-labels">
      {labels.map((label) => (
        <text
          key={label.id}
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          fontSize={FONT_SIZE}
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
          fontWeight={statusOf.get(label.id as ChartPoint["id"]) === "recommended" ? 700 : 400}
          fill={statusOf.get(label.id as ChartPoint["id"]) === "excluded" ? "#4b5563" : "#111827"}
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
