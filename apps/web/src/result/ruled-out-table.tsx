import { groupRuledOut, type Recommendation } from "@platform-advisor/model";
import { Source } from "../ui/source.tsx";

/** The ruled-out platforms in one table, one row per cause. */
export function RuledOutTable({ recommendation }: { recommendation: Recommendation }) {
  const groups = groupRuledOut(recommendation.ranking);
  if (groups.length === 0) return <p className="muted">No platform is ruled out.</p>;
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways on a phone; the keyboard must reach it */}
      <section className="table-wrap" aria-label="Ruled-out platforms (scrolls sideways)" tabIndex={0}>
        <table className="ruled-out">
          <caption className="sr-only">Ruled-out platforms, by cause</caption>
          <thead>
            <tr>
              <th scope="col">Why</th>
              <th scope="col">Ruled out</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.cause}>
                <td>
                  {group.cause} <Source>{group.source}</Source>
                </td>
                <td>{group.platforms.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
