import { ANSWER_LABELS, type Answers, type Question, type QuestionId } from "@platform-advisor/model";
import { formatAnswer } from "../flow/format-answer.ts";
import { visibleQuestions } from "../flow/path.ts";

interface Props {
  questions: readonly Question[];
  answers: Answers;
  /** The answers the recommendation used, assumptions included, to show what was assumed. */
  resolved?: Answers;
  /** Numbers a range's quick pick set. */
  estimated?: readonly QuestionId[];
  onEdit: (question: QuestionId) => void;
  onStartOver: () => void;
}

/** Every question on the path as a compact chip with its answer; each one opens that question to change it. */
export function AnswerStrip({ questions, answers, resolved = {}, estimated = [], onEdit, onStartOver }: Props) {
  return (
    <section className="card answer-strip" aria-labelledby="answers-heading">
      <div className="strip-head">
        <h2 id="answers-heading">Your answers</h2>
        <button type="button" className="link-button" onClick={onStartOver}>
          Start over
        </button>
      </div>
      <ul className="chips">
        {visibleQuestions(questions, answers).map((question) => {
          const value = answers[question.id];
          const label = ANSWER_LABELS[question.id];
          const assumed = resolved[question.id];
          const shown =
            value !== undefined
              ? `${formatAnswer(question, value)}${estimated.includes(question.id) ? " (estimated)" : ""}`
              : assumed !== undefined
                ? `${formatAnswer(question, assumed)} (assumed)`
                : "assumed";
          return (
            <li key={question.id}>
              <button
                type="button"
                className={value === undefined ? "chip assumed" : "chip"}
                aria-label={`Change: ${question.prompt} (now ${shown})`}
                onClick={() => onEdit(question.id)}
              >
                <span className="chip-label">{label}:</span> {shown}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
