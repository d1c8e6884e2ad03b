import { confidenceInWords, formatPoints, type Reason, type Recommendation } from "@platform-advisor/model";
import { useEffect, useRef } from "react";
import { useFocusOnMount } from "../hooks/use-focus-on-mount.ts";
import { Source } from "../ui/source.tsx";

/** The reasons that decided it: the strongest that add points, or the mildest costs when none adds any. */
const decidingReasons = (reasons: readonly Reason[]): Reason[] => {
  const pros = reasons.filter((reason) => (reason.impact ?? 0) > 0).sort((a, b) => (b.impact ?? 0) - (a.impact ?? 0));
  return (pros.length > 0 ? pros : reasons.filter((reason) => reason.impact !== null)).slice(0, 3);
};

interface Props {
  recommendation: Recommendation;
  focusOnMount: boolean;
  /** Opens the assumptions and moves to them. */
  onShowAssumptions: () => void;
}

/** The decision and why, on the first screen: platform, score, how sure, runner-up, reasons, conflicts, assumptions. */
export function SummaryCard({ recommendation, focusOnMount, onShowAssumptions }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef, focusOnMount);
  const [winner, runnerUp] = recommendation.ranking;
  const name = winner?.name ?? recommendation.recommended;
  useEffect(() => {
    document.title = `Recommendation: ${name} · Platform Advisor`;
  }, [name]);
  const confidence = confidenceInWords(recommendation);
  const close = confidence.startsWith("close call");
  const assumed = recommendation.assumptions.length;
  return (
    <section className="card summary" aria-labelledby="result-heading">
      <p className="eyebrow">Recommended platform</p>
      <h1 id="result-heading" ref={headingRef} tabIndex={-1}>
        Recommendation: {name}
      </h1>
      <p className="verdict">
        <span className="score-badge">
          {formatPoints(winner?.score ?? 0)}
          <span className="score-of"> of 100</span>
        </span>
        <span className={close ? "confidence close" : "confidence clear"}>
          {confidence.charAt(0).toUpperCase() + confidence.slice(1)}.
        </span>
      </p>
      {runnerUp?.eligible && (
        <p className="runner-up">
          Runner-up: <strong>{runnerUp.name}</strong>, score {formatPoints(runnerUp.score)}.
        </p>
      )}
      <h2 className="summary-subheading">Why {name}</h2>
      <ul className="deciding">
        {decidingReasons(winner?.reasons ?? []).map((reason) => (
          <li key={`${reason.rule ?? ""}${reason.text}`}>
            {reason.text} <Source>{reason.source}</Source>
          </li>
        ))}
      </ul>
      {recommendation.conflicts.length > 0 && (
        <div className="conflicts" role="note" aria-labelledby="conflicts-heading">
          <h2 className="summary-subheading" id="conflicts-heading">
            {recommendation.conflicts.length === 1
              ? "1 conflict with your answers"
              : `${recommendation.conflicts.length} conflicts with your answers`}
          </h2>
          <ul className="conflict-list">
            {recommendation.conflicts.map((conflict) => (
              <li key={conflict.question}>{conflict.text}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="assumed-line">
        {assumed === 0 ? (
          "Based on your answers alone: nothing was assumed."
        ) : (
          <button type="button" className="link-button" aria-controls="assumptions" onClick={onShowAssumptions}>
            Based on {assumed === 1 ? "1 assumed answer" : `${assumed} assumed answers`}
          </button>
        )}
      </p>
    </section>
  );
}
