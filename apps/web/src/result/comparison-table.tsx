import { FEATURE_LABELS, FEATURE_ROWS, type Platform, platformFor, type Recommendation } from "@platform-advisor/model";
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
      {platforms.status === "done" && (
        <Table top={top} catalogue={platforms.data} hosting={recommendation.answers.hosting ?? []} />
      )}
    </>
  );
}

type Column = { entry: Recommendation["ranking"][number]; platform: Platform | undefined };

interface TableProps {
  top: Recommendation["ranking"];
  catalogue: readonly Platform[];
  hosting: NonNullable<Recommendation["answers"]["hosting"]>;
}

function Table({ top, catalogue, hosting }: TableProps) {
  // Each platform as it reads where the team hosts: GKE's own rows and documents for a Google Cloud team.
  const columns: Column[] = top.map((entry) => {
    const platform = catalogue.find((p) => p.id === entry.platform);
    return { entry, platform: platform && platformFor(platform, hosting) };
  });
  const sources = [
    ...new Set(
      columns.flatMap(({ platform }) => (platform ? FEATURE_ROWS.map((row) => platform.features[row].source) : [])),
    ),
  ];
  // An organisation's own platform cites its profile's documents, which carry their links with them.
  const own = new Map(
    columns.flatMap(({ platform }) => (platform?.sources ?? []).map((source) => [source.title, source.href] as const)),
  );
  const rows = [
    { id: "score", label: "Score", cells: columns.map(({ entry }) => formatPoints(entry.score)) },
    ...FEATURE_ROWS.map((row) => ({
      id: row,
      label: FEATURE_LABELS[row],
      cells: columns.map(({ platform }) => platform?.features[row].value ?? "Unknown"),
    })),
  ];
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways on a narrow screen; the keyboard must reach it */}
      <section className="table-wrap comparison-wide" aria-label="The top platforms compared" tabIndex={0}>
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
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={columns[index]?.entry.platform}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {/* On a phone three columns do not fit: the same rows, one feature at a time, each platform named. */}
      <dl className="comparison-stack">
        {rows.map((row) => (
          <div key={row.id} className="comparison-feature">
            <dt>{row.label}</dt>
            {row.cells.map((cell, index) => (
              <dd key={columns[index]?.entry.platform}>
                <span className="comparison-platform">{columns[index]?.entry.name}:</span> {cell}
              </dd>
            ))}
          </div>
        ))}
      </dl>
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
