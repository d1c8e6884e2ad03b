import type { CustomQuestion, Question } from "@platform-advisor/model";
import { errorsByQuestion, type Problem } from "../api/problem.ts";
import { allSteps, type StepId } from "../flow/steps.ts";
import type { FieldError } from "../questionnaire/question-step.tsx";

interface Props {
  problem: Problem;
  questions: readonly Question[];
  customQuestions?: readonly CustomQuestion[];
  onEdit: (question: StepId, error: FieldError) => void;
}

/** The API refused the answers: say which, and lead to each field with its message. */
export function InvalidAnswers({ problem, questions, customQuestions = [], onEdit }: Props) {
  const steps = allSteps(questions, customQuestions);
  const { fields, general } = errorsByQuestion(
    problem,
    steps.map((step) => step.id),
  );
  const entries = steps.flatMap((question) => {
    const message = fields[question.id];
    return message ? [{ question, message }] : [];
  });
  return (
    <section className="card" aria-labelledby="invalid-heading">
      <h1 id="invalid-heading">Some answers need fixing</h1>
      <div role="alert">
        <p>{problem.title}. Your answers are kept; fix these and the recommendation follows.</p>
        <ul className="invalid">
          {entries.map(({ question, message }) => (
            <li key={question.id}>
              <strong>{question.prompt}</strong> {message}{" "}
              <button
                type="button"
                className="secondary small"
                aria-label={`Fix this answer: ${question.prompt}`}
                onClick={() => onEdit(question.id, { message })}
              >
                Fix this answer
              </button>
            </li>
          ))}
          {general.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
