import type { Question, QuestionId, Recommendation } from "@platform-advisor/model";
import { Source } from "../ui/source.tsx";

interface Props {
  recommendation: Recommendation;
  questions: readonly Question[];
  onEdit: (question: QuestionId) => void;
}

/** What the advisor assumed for the questions left unanswered, each with a way to answer it. */
export function AssumptionList({ recommendation, questions, onEdit }: Props) {
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
