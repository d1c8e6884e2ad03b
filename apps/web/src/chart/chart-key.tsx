import { formatPoints as format } from "@platform-advisor/model";
import { LINE_COLORS, POINT_COLORS } from "./chart-colors.ts";
import type { ChartData } from "./chart-data.ts";

/** The chart's legend in HTML, so it wraps on a phone and reads as text; on a phone, the numbered names too. */
export function ChartKey({ data }: { data: ChartData }) {
  return (
    <>
      <ol className="chart-numbers">
        {data.plotted.map((point) => (
          <li key={point.id} className={point.status}>
            {point.name}
            {point.status === "unmet" && " (misses a requirement)"}
          </li>
        ))}
      </ol>
      {data.ruledOut.length > 0 && (
        <p className="chart-ruled-out">
          <strong>Ruled out, so not drawn:</strong> {data.ruledOut.map((point) => point.label).join(", ")}. The
          ruled-out list says why.
        </p>
      )}
      <ul className="chart-key">
        <li>
          <span className="key-star" style={{ color: POINT_COLORS.recommended }} aria-hidden="true">
            ★
          </span>
          Recommended
        </li>
        <li>
          <span className="key-dot" style={{ background: POINT_COLORS.eligible }} aria-hidden="true" />
          Other eligible platforms
        </li>
        {data.series.unmet.length > 0 && (
          <li>
            <span className="key-triangle" style={{ color: POINT_COLORS.unmet }} aria-hidden="true">
              ▲
            </span>
            Eligible, misses a requirement you stated
          </li>
        )}
        <li>
          <span className="key-line" style={{ borderColor: LINE_COLORS.capability }} aria-hidden="true" />
          Capability you need: {format(data.capabilityNeeded)}
        </li>
        <li>
          <span className="key-line key-line-vertical" style={{ borderColor: LINE_COLORS.budget }} aria-hidden="true" />
          Complexity you can afford: {format(data.complexityBudget)}
        </li>
        {data.sweetSpot && (
          <li>
            <span className="key-area" style={{ background: LINE_COLORS.sweetSpot }} aria-hidden="true" />
            Shaded: capable enough and simple enough
            {data.series.unmet.length > 0 && "; a triangle there still misses a requirement you stated"}
          </li>
        )}
      </ul>
    </>
  );
}
