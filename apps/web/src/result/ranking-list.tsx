import type { Recommendation } from "@platform-advisor/model";
import { formatPoints } from "./format.ts";
import { ReasonList } from "./reason-list.tsx";

/** The eligible platforms by rank, each score as a bar, each one's reasons a click away. */
export function RankingList({ recommendation }: { recommendation: Recommendation }) {
  return (
    <ol className="ranking">
      {recommendation.ranking
        .filter((entry) => entry.eligible)
        .map((entry) => (
          <li key={entry.platform} className="ranked">
            <div className="rank-row">
              <span className="rank-name">
                {entry.rank}. {entry.name}
              </span>
              <span className="bar" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${entry.score}%` }} />
              </span>
              <span className="score">
                {formatPoints(entry.score)}
                <span className="sr-only"> of 100</span>
              </span>
            </div>
            <details>
              <summary>
                Reasons for and against<span className="sr-only"> {entry.name}</span>
              </summary>
              <ReasonList reasons={entry.reasons} />
            </details>
          </li>
        ))}
    </ol>
  );
}
