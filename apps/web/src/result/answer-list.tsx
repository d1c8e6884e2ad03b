import type { Answers, Question, QuestionId } from "@platform-advisor/model";
import { formatAnswer } from "../flow/format-answer.ts";
import { visibleQuestions } from "../flow/path.ts";

interface Props {
  questions: readonly Question[];
  answers: Answers;
  onEdit: (question: QuestionId) => void;
}

/** Every question on the path with its answer, each one changeable. */
export function AnswerList({ questions, answers, onEdit }: Props) {
  return (
    <section className="card" aria-labelledby="answers-heading">
      <h2 id="answers-heading">Your answers</h2>
      <dl className="answers">
        {visibleQuestions(questions, answers).map((question) => (
          <div key={question.id} className="answer">
            <dt>{question.prompt}</dt>
            <dd>
              <span>
                {answers[question.id] === undefined
                  ? "Not answered (assumed)"
                  : formatAnswer(question, answers[question.id])}
              </span>
              <button
                type="button"
                className="secondary small"
                aria-label={`Change: ${question.prompt}`}
                onClick={() => onEdit(question.id)}
              >
                Change
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
