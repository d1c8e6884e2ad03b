import {
  ANSWER_LABELS,
  type Answers,
  type Question,
  type QuestionId,
  type Recommendation,
} from "@platform-advisor/model";
import { formatAnswer } from "../flow/format-answer.ts";
import { Source } from "../ui/source.tsx";
import { settledAnswers } from "./assumed.ts";

interface Props {
  recommendation: Recommendation;
  questions: readonly Question[];
  /** The answers the team gave: the rest were assumed or filled in. */
  answers: Answers;
  onEdit: (question: QuestionId) => void;
}

/**
 * What the advisor assumed for the questions left unanswered, each with a way to answer it; then what it filled in
 * without counting, because the pick does not depend on it.
 */
export function AssumptionList({ recommendation, questions, answers, onEdit }: Props) {
  const pick = recommendation.ranking.find((entry) => entry.platform === recommendation.recommended)?.name;
  const defaults = settledAnswers(questions, answers, recommendation).flatMap(({ question, settled }) =>
    settled.kind === "default" ? [`${ANSWER_LABELS[question.id]}: ${formatAnswer(question, settled.value)}`] : [],
  );
  return (
    <>
      {recommendation.assumptions.length === 0 ? (
        <p className="muted">Nothing: every question that matters was answered.</p>
      ) : (
        <ul className="assumptions">
          {recommendation.assumptions.map((assumption) => {
            const question = questions.find((candidate) => candidate.id === assumption.question);
            return (
              <li key={assumption.question}>
                <div>
                  <strong>{question?.prompt ?? assumption.question}</strong> {assumption.text}{" "}
                  {assumption.source && <Source>{assumption.source}</Source>}
                </div>
                <button
                  type="button"
                  className="secondary small"
                  aria-label={`Answer this: ${question?.prompt ?? assumption.question}`}
                  onClick={() => onEdit(assumption.question)}
                >
                  Answer this
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {defaults.length > 0 && (
        <p className="defaults-note">
          Filled in to rank the other platforms, and not counted as assumed because {pick} does not depend on{" "}
          {defaults.length === 1 ? "it" : "them"}: {defaults.join("; ")}.
        </p>
      )}
      {recommendation.ignored.length > 0 && (
        <>
          <h3 className="ignored-heading">Answers not used on this path</h3>
          <ul className="ignored">
            {recommendation.ignored.map((item) => (
              <li key={item.question}>{item.text}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
