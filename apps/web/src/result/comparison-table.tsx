import { FEATURE_LABELS, FEATURE_ROWS, type Platform, type Recommendation } from "@platform-advisor/model";
import { fetchPlatforms } from "../api/client.ts";
import { useAsync } from "../hooks/use-async.ts";
import { ErrorPanel } from "../ui/error-panel.tsx";
import { Loading } from "../ui/loading.tsx";
import { Source } from "../ui/source.tsx";
import { formatPoints } from "./format.ts";

/** The top three eligible platforms, side by side on the rows of seed 002's summary table. */
export function ComparisonTable({ recommendation }: { recommendation: Recommendation }) {
  const platforms = useAsync(fetchPlatforms, "platforms");
  const top = recommendation.ranking.filter((entry) => entry.eligible).slice(0, 3);
  return (
    <>
      {platforms.status === "loading" && <Loading>Loading the platform catalogue…</Loading>}
      {platforms.status === "error" && (
        <ErrorPanel title="The comparison could not be loaded." error={platforms.error} onRetry={platforms.retry} />
      )}
      {platforms.status === "done" && <Table top={top} catalogue={platforms.data} />}
    </>
  );
}

function Table({ top, catalogue }: { top: Recommendation["ranking"]; catalogue: readonly Platform[] }) {
  const columns = top.map((entry) => ({ entry, platform: catalogue.find((p) => p.id === entry.platform) }));
  const sources = [
    ...new Set(
      columns.flatMap(({ platform }) => (platform ? FEATURE_ROWS.map((row) => platform.features[row].source) : [])),
    ),
  ];
  // An organisation's own platform cites its profile's documents, which carry their links with them.
  const own = new Map(
    columns.flatMap(({ platform }) => (platform?.sources ?? []).map((source) => [source.title, source.href] as const)),
  );
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways on a phone; the keyboard must reach it */}
      <section className="table-wrap" aria-label="The top platforms compared (scrolls sideways)" tabIndex={0}>
        <table className="comparison">
          <caption className="sr-only">The top platforms compared feature by feature</caption>
          <thead>
            <tr>
              <th scope="col">Feature</th>
              {columns.map(({ entry }) => (
                <th scope="col" key={entry.platform}>
                  {entry.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Score</th>
              {columns.map(({ entry }) => (
                <td key={entry.platform}>{formatPoints(entry.score)}</td>
              ))}
            </tr>
            {FEATURE_ROWS.map((row) => (
              <tr key={row}>
                <th scope="row">{FEATURE_LABELS[row]}</th>
                {columns.map(({ entry, platform }) => (
                  <td key={entry.platform}>{platform?.features[row].value ?? "Unknown"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="sources">
        Sources:{" "}
        {sources.map((source) => (
          <Source key={source} href={own.get(source)}>
            {source}
          </Source>
        ))}
      </div>
    </>
  );
}
