import {
  type Answers,
  type CustomQuestion,
  confidenceInWords,
  formatPoints,
  type Question,
  type Recommendation,
} from "@platform-advisor/model";
import { useState } from "react";
import { fetchRecommendation } from "../api/client.ts";
import { formatChange } from "../flow/format-answer.ts";
import { useAsync } from "../hooks/use-async.ts";
import { Loading } from "../ui/loading.tsx";

/** A what-if the reader applied: what it was, and the answers before it. */
export type AppliedChange = { change: Answers; before: Answers };

interface Props {
  questions: readonly Question[];
  customQuestions?: readonly CustomQuestion[];
  applied: AppliedChange;
  after: Recommendation;
  onUndo: () => void;
}

const rows = (recommendation: Recommendation) => {
  const [first, second] = recommendation.ranking;
  return {
    Recommended: `${first?.name ?? recommendation.recommended}, score ${formatPoints(first?.score ?? 0)}`,
    "How sure": confidenceInWords(recommendation),
    "Runner-up": second?.eligible ? second.name : "none",
    Conflicts: String(recommendation.conflicts.length),
    "Assumed answers": String(recommendation.assumptions.length),
  };
};

function Comparison({ before, after }: { before: Answers; after: Recommendation }) {
  const result = useAsync<Recommendation>(
    (signal) => fetchRecommendation(before, signal),
    `before:${JSON.stringify(before)}`,
  );
  if (result.status === "loading") return <Loading>Working out the result before the change…</Loading>;
  if (result.status === "error")
    return <p className="field-error">The result before the change could not be loaded.</p>;
  const then = rows(result.data);
  const now = rows(after);
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways on a phone; the keyboard must reach it */}
      <section className="table-wrap" aria-label="Before and after the change (scrolls sideways)" tabIndex={0}>
        <table className="compare-before">
          <caption className="sr-only">The result before and after the change</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(now) as (keyof typeof now)[]).map((key) => (
              <tr key={key} className={then[key] === now[key] ? undefined : "changed"}>
                <th scope="row">{key}</th>
                <td>{then[key]}</td>
                <td>{now[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

/** "Applied: 120 containers · Undo · Compare with before", with the comparison side by side on demand. */
export function AppliedChangeBar({ questions, customQuestions = [], applied, after, onUndo }: Props) {
  const [comparing, setComparing] = useState(false);
  return (
    <section className="card applied" aria-label="Applied change">
      <p className="applied-line">
        <span>
          Applied: <strong>{formatChange(questions, customQuestions, applied.change)}</strong>
        </span>
        <span aria-hidden="true"> · </span>
        <button type="button" className="link-button" onClick={onUndo}>
          Undo
        </button>
        <span aria-hidden="true"> · </span>
        <button
          type="button"
          className="link-button"
          aria-expanded={comparing}
          onClick={() => setComparing((shown) => !shown)}
        >
          Compare with before
        </button>
      </p>
      {comparing && <Comparison before={applied.before} after={after} />}
    </section>
  );
}
