import type { Reason, Recommendation } from "@platform-advisor/model";
import { formatPoints } from "./format.ts";
import { ReasonList } from "./reason-list.tsx";

/** Why a platform is out: its excluding reasons, or all of them if none is marked as excluding. */
const exclusions = (reasons: readonly Reason[]): readonly Reason[] => {
  const out = reasons.filter((reason) => reason.impact === null);
  return out.length > 0 ? out : reasons;
};

/** Every platform by rank, its score as a bar, and its reasons; ruled-out ones say why they are out. */
export function RankingList({ recommendation }: { recommendation: Recommendation }) {
  return (
    <section className="card" aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">Every platform, ranked</h2>
      <ol className="ranking">
        {recommendation.ranking.map((entry) => (
          <li key={entry.platform} className={entry.eligible ? "ranked" : "ranked excluded"}>
            <div className="rank-row">
              <span className="rank-name">
                {entry.rank}. {entry.name}
              </span>
              <span className="bar" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${entry.score}%` }} />
              </span>
              <span className="score">
                {entry.eligible ? formatPoints(entry.score) : "Out"}
                <span className="sr-only">{entry.eligible ? " of 100" : " of the running"}</span>
              </span>
            </div>
            {entry.eligible ? (
              <details>
                <summary>
                  Reasons for and against<span className="sr-only"> {entry.name}</span>
                </summary>
                <ReasonList reasons={entry.reasons} />
              </details>
            ) : (
              <div className="out-reasons">
                <p className="sr-only">Why {entry.name} is out:</p>
                <ReasonList reasons={exclusions(entry.reasons)} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
