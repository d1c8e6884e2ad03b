import {
  ANSWER_LABELS,
  type Answers,
  type CustomQuestion,
  formatPoints,
  type Platform,
  type QuestionId,
  type Reason,
  type Recommendation,
  verdictOf,
} from "@platform-advisor/model";
import { useEffect, useRef } from "react";
import { useFocusOnMount } from "../hooks/use-focus-on-mount.ts";
import { Source } from "../ui/source.tsx";
import { assumedValue } from "./assumed.ts";
import { OwnPlatform } from "./own-platform.tsx";

/** The reasons that decided it: the strongest that add points, or the mildest costs when none adds any. */
const decidingReasons = (reasons: readonly Reason[]): Reason[] => {
  const pros = reasons.filter((reason) => (reason.impact ?? 0) > 0).sort((a, b) => (b.impact ?? 0) - (a.impact ?? 0));
  const costs = reasons.filter((reason) => reason.impact !== null).sort((a, b) => (b.impact ?? 0) - (a.impact ?? 0));
  return (pros.length > 0 ? pros : costs).slice(0, 3);
};

/** The assumed answers that move results most, named on the first screen; the rest are a click away. */
const DECISIVE: readonly QuestionId[] = [
  "hosting",
  "teamSize",
  "containerCount",
  "hostCount",
  "management",
  "highAvailability",
  "scaling",
  "experience",
];

interface Props {
  recommendation: Recommendation;
  /** The answers the team gave: only these state requirements. */
  answers: Answers;
  /** Numbers a range's quick pick set, in words: estimates, not answers. */
  estimates?: readonly string[];
  /** The recommended platform's catalogue entry, when it is the organisation's own. */
  own?: Platform | undefined;
  /** The organisation profile's own questions: the requirements they set are named by their prompts. */
  customQuestions?: readonly CustomQuestion[];
  focusOnMount: boolean;
  /** Opens the assumptions and moves to them. */
  onShowAssumptions: () => void;
}

/** The decision and why, on the first screen: platform, score, how sure, runner-up, reasons, conflicts, assumptions. */
export function SummaryCard({
  recommendation,
  answers,
  estimates = [],
  own,
  customQuestions = [],
  focusOnMount,
  onShowAssumptions,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef, focusOnMount);
  const [winner] = recommendation.ranking;
  const name = winner?.name ?? recommendation.recommended;
  useEffect(() => {
    document.title = `Recommendation: ${name} · Platform Advisor`;
  }, [name]);
  const verdict = verdictOf(recommendation, answers, customQuestions);
  const assumed = recommendation.assumptions.length;
  const mattering = recommendation.assumptions
    .filter((assumption) => DECISIVE.includes(assumption.question))
    .sort((a, b) => DECISIVE.indexOf(a.question) - DECISIVE.indexOf(b.question));
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
        <span className={`confidence confidence-${verdict.level}`}>{verdict.headline}.</span>
      </p>
      <p className="certainty-text">{verdict.text}</p>
      {verdict.runnerUp && (
        <p className="runner-up">
          Runner-up: <strong>{verdict.runnerUp.name}</strong>, score {formatPoints(verdict.runnerUp.score)}:{" "}
          <span className="gap">
            {verdict.runnerUp.gap === 0
              ? "the same score to one decimal (the points behind the scores put it second)"
              : `${formatPoints(verdict.runnerUp.gap)} lower`}
          </span>
          .
        </p>
      )}
      <p className={verdict.requirements.unmet.length > 0 ? "requirements unmet" : "requirements"}>
        {verdict.requirements.line}
      </p>
      <h2 className="summary-subheading">Why {name}</h2>
      <ul className="deciding">
        {decidingReasons(winner?.reasons ?? []).map((reason) => (
          <li key={`${reason.rule ?? ""}${reason.text}`}>
            {reason.text} <Source href={reason.href}>{reason.source}</Source>
          </li>
        ))}
      </ul>
      {own && <OwnPlatform platform={own} />}
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
      {mattering.length > 0 && (
        <p className="assumed-mattering">
          <strong>Assumed, and able to change the result:</strong>{" "}
          {mattering
            .map(
              (assumption) =>
                `${ANSWER_LABELS[assumption.question]}: ${assumedValue(assumption.question, assumption.value)}`,
            )
            .join("; ")}
          .
        </p>
      )}
      {estimates.length > 0 && (
        <p className="estimated-line">
          <strong>Estimated, not exact:</strong> {estimates.join("; ")}. Type the exact number to firm it up.
        </p>
      )}
      <p className="assumed-line">
        {assumed === 0 ? (
          estimates.length > 0 ? (
            "Nothing else was assumed."
          ) : (
            "Based on your answers alone: nothing was assumed."
          )
        ) : (
          <button type="button" className="link-button" aria-controls="assumptions" onClick={onShowAssumptions}>
            Based on {assumed === 1 ? "1 assumed answer" : `${assumed} assumed answers`}
          </button>
        )}
      </p>
    </section>
  );
}
