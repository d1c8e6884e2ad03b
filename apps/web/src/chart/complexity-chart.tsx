import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { LINE_COLORS, POINT_COLORS } from "./chart-colors.ts";
import type { ChartData } from "./chart-data.ts";
import { MARGIN, PointLabels } from "./point-labels.tsx";
import { PointTooltip } from "./point-tooltip.tsx";

const TICKS = [0, 2, 4, 6, 8, 10];

/**
 * Seed 002 §4.5's complexity-versus-capability plot for this team: the lines
 * are what it needs and what it can afford. Only the platforms that can be
 * chosen are drawn: a ruled-out one inside the shaded area would read as a fit.
 * Loaded lazily (recharts is large); its accessible name, key and data table
 * live in ChartFigure.
 */
export default function ComplexityChart({ data }: { data: ChartData }) {
  return (
    <ScatterChart
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: MARGIN, right: MARGIN, bottom: 28, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e5e7eb" />
      {data.sweetSpot && (
        <ReferenceArea {...data.sweetSpot} fill={LINE_COLORS.sweetSpot} fillOpacity={0.1} ifOverflow="hidden" />
      )}
      <XAxis
        type="number"
        dataKey="complexity"
        name="Complexity"
        domain={data.domain}
        ticks={TICKS}
        tick={{ fill: "#374151" }}
        label={{ value: "Complexity", position: "insideBottom", offset: -18, fill: "#111827" }}
      />
      <YAxis
        type="number"
        dataKey="capability"
        name="Capability"
        domain={data.domain}
        ticks={TICKS}
        width={40}
        tick={{ fill: "#374151" }}
        label={{ value: "Capability", angle: -90, position: "insideLeft", offset: 12, fill: "#111827" }}
      />
      <ZAxis range={[90, 90]} />
      <ReferenceLine y={data.capabilityNeeded} stroke={LINE_COLORS.capability} strokeWidth={2} strokeDasharray="6 4" />
      <ReferenceLine x={data.complexityBudget} stroke={LINE_COLORS.budget} strokeWidth={2} strokeDasharray="2 4" />
      <Scatter name="Eligible" data={data.series.eligible} fill={POINT_COLORS.eligible} isAnimationActive={false} />
      <Scatter
        name="Misses a requirement"
        data={data.series.unmet}
        fill={POINT_COLORS.unmet}
        shape="triangle"
        isAnimationActive={false}
      />
      <Scatter
        name="Recommended"
        data={data.series.recommended}
        fill={POINT_COLORS.recommended}
        shape="star"
        isAnimationActive={false}
      />
      <PointLabels
        points={data.plotted}
        capabilityNeeded={data.capabilityNeeded}
        complexityBudget={data.complexityBudget}
      />
      <Tooltip content={(props) => <PointTooltip {...props} data={data} />} cursor={{ strokeDasharray: "3 3" }} />
    </ScatterChart>
  );
}
