import { ANSWER_LABELS, type Answers, type CustomQuestion, type Question } from "@platform-advisor/model";
import { formatAnswer, formatCustomAnswer } from "../flow/format-answer.ts";
import { visibleQuestions } from "../flow/path.ts";
import { customStepId, type StepId } from "../flow/steps.ts";

interface Props {
  questions: readonly Question[];
  /** The organisation profile's own questions: a chip each, after the built-in ones. */
  customQuestions?: readonly CustomQuestion[];
  answers: Answers;
  /** The answers the recommendation used, assumptions included, to show what was assumed. */
  resolved?: Answers;
  /** Numbers a range's quick pick set. */
  estimated?: readonly StepId[];
  onEdit: (question: StepId) => void;
  onStartOver: () => void;
}

interface Chip {
  id: StepId;
  prompt: string;
  /** What the chip calls the question: the built-in short label, or an organisation's own prompt. */
  label: string;
  shown: string;
  assumed: boolean;
}

/** Every question on the path as a compact chip with its answer; each one opens that question to change it. */
export function AnswerStrip({
  questions,
  customQuestions = [],
  answers,
  resolved = {},
  estimated = [],
  onEdit,
  onStartOver,
}: Props) {
  const builtIn = visibleQuestions(questions, answers).map((question): Chip => {
    const value = answers[question.id];
    const assumed = resolved[question.id];
    return {
      id: question.id,
      prompt: question.prompt,
      label: `${ANSWER_LABELS[question.id]}:`,
      shown:
        value !== undefined
          ? `${formatAnswer(question, value)}${estimated.includes(question.id) ? " (estimated)" : ""}`
          : assumed !== undefined
            ? `${formatAnswer(question, assumed)} (assumed)`
            : "assumed",
      assumed: value === undefined,
    };
  });
  // An organisation's question has no short label: its prompt names it. Unanswered, it sets no requirement.
  const own = customQuestions.map((question): Chip => {
    const value = answers.custom?.[question.id];
    return {
      id: customStepId(question.id),
      prompt: question.prompt,
      label: /[?:]$/.test(question.prompt) ? question.prompt : `${question.prompt}:`,
      shown: formatCustomAnswer(question, value),
      assumed: value === undefined,
    };
  });
  return (
    <section className="card answer-strip" aria-labelledby="answers-heading">
      <div className="strip-head">
        <h2 id="answers-heading">Your answers</h2>
        <button type="button" className="link-button" onClick={onStartOver}>
          Start over
        </button>
      </div>
      <ul className="chips">
        {[...builtIn, ...own].map((chip) => (
          <li key={chip.id}>
            <button
              type="button"
              className={chip.assumed ? "chip assumed" : "chip"}
              aria-label={`Change: ${chip.prompt} (now ${chip.shown})`}
              onClick={() => onEdit(chip.id)}
            >
              <span className="chip-label">{chip.label}</span> {chip.shown}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
