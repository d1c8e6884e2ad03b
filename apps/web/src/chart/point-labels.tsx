import { usePlotArea, useXAxisScale, useYAxisScale } from "recharts";
import type { ChartPoint } from "./chart-data.ts";
import { placeLabels } from "./label-layout.ts";

const LABEL_COLORS: Record<ChartPoint["status"], string> = {
  recommended: "#9a3412",
  eligible: "#111827",
  unmet: "#92400e",
  excluded: "#4b5563",
};

const FONT_SIZE = 12;

/** The chart margin (top and right) that labels may spill into; ComplexityChart sets it. */
export const MARGIN = 14;

/** Below this plot width, markers carry their rank and the names go in a numbered legend (as the PDF does). */
export const NUMBERED_BELOW = 420;

interface Props {
  points: readonly ChartPoint[];
  /** The reference lines (in data units), which labels must not cover. */
  capabilityNeeded: number;
  complexityBudget: number;
}

/**
 * Platform names beside their markers, placed so that they never overlap each
 * other, the markers or the reference lines; on a narrow chart, rank numbers.
 */
export function PointLabels({ points, capabilityNeeded, complexityBudget }: Props) {
  const area = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!area || !xScale || !yScale) return null;
  const numbered = area.width < NUMBERED_BELOW;
  const inputs = points.map((point) => ({
    id: point.id,
    x: Number(xScale(point.complexity)),
    y: Number(yScale(point.capability)),
    text: numbered ? String(point.rank) : point.label,
    short: String(point.rank),
    // Every platform drawn is one the ranking counts: each is named (or numbered, as in the list below the chart).
    required: true,
  }));
  const labels = placeLabels(inputs, {
    // Wide enough for DejaVu Sans and Arial alike: an estimate too narrow lets real text overlap.
    charWidth: FONT_SIZE * 0.62,
    lineHeight: FONT_SIZE * 1.25,
    markerRadius: 7,
    lines: [{ x: Number(xScale(complexityBudget)) }, { y: Number(yScale(capabilityNeeded)) }],
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
          fill={LABEL_COLORS[statusOf.get(label.id as ChartPoint["id"]) ?? "eligible"]}
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
