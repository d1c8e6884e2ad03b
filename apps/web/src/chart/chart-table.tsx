import { type ChartData, fitOf } from "./chart-data.ts";

/** The chart's data as a table: always there for screen readers, shown on request to everyone. */
export function ChartTable({ data, id, visible }: { data: ChartData; id: string; visible: boolean }) {
  return (
    <div id={id} className={visible ? "table-wrap" : "sr-only"}>
      <table className="chart-table">
        <caption>
          Complexity versus capability, as a table. You need capability {data.capabilityNeeded} and can afford
          complexity {data.complexityBudget}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Platform</th>
            {/* Soft hyphens let the headers break on a phone. */}
            <th scope="col">{"Com\u00adplexity"}</th>
            <th scope="col">{"Capa\u00adbility"}</th>
            <th scope="col">Where it sits</th>
          </tr>
        </thead>
        <tbody>
          {data.points.map((point) => (
            <tr key={point.id}>
              <th scope="row">{point.name}</th>
              <td>{point.complexity}</td>
              <td>{point.capability}</td>
              <td>
                {point.status === "recommended" && "Recommended. "}
                {fitOf(point, data)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
