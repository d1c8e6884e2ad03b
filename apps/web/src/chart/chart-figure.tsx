import type { Recommendation } from "@platform-advisor/model";
import { lazy, Suspense, useMemo, useState } from "react";
import { ChunkBoundary } from "../ui/chunk-boundary.tsx";
import { chartMessage, toChartData } from "./chart-data.ts";
import { ChartKey } from "./chart-key.tsx";
import { ChartTable } from "./chart-table.tsx";

const ComplexityChart = lazy(() => import("./complexity-chart.tsx"));

/** The complexity-versus-capability chart with its key and its data table alternative. */
export function ChartFigure({ recommendation }: { recommendation: Recommendation }) {
  const data = useMemo(() => toChartData(recommendation), [recommendation]);
  const [tableShown, setTableShown] = useState(false);
  return (
    <>
      <p className="chart-message">{chartMessage(data)}</p>
      <figure className="chart" aria-labelledby="chart-heading">
        <div className="chart-canvas" role="img" aria-label="Complexity versus capability">
          <ChunkBoundary title="The chart could not be loaded; its data is in the table below.">
            <Suspense fallback={<p className="chart-loading">Loading the chart…</p>}>
              <ComplexityChart data={data} />
            </Suspense>
          </ChunkBoundary>
        </div>
        <figcaption>
          <ChartKey data={data} />
        </figcaption>
      </figure>
      <button
        type="button"
        className="link-button"
        aria-expanded={tableShown}
        aria-controls="chart-data"
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? "Hide the chart's data" : "Show the chart's data as a table"}
      </button>
      <ChartTable data={data} id="chart-data" visible={tableShown} />
    </>
  );
}
