import {
  ANSWER_LABELS,
  type Answers,
  type CustomQuestion,
  type Question,
  type Recommendation,
} from "@platform-advisor/model";
import { formatAnswer, formatCustomAnswer } from "../flow/format-answer.ts";
import { customStepId, type StepId } from "../flow/steps.ts";
import { assumedValue, type Settled, settledAnswers } from "./assumed.ts";

interface Props {
  questions: readonly Question[];
  /** The organisation profile's own questions: a chip each, after the built-in ones. */
  customQuestions?: readonly CustomQuestion[];
  answers: Answers;
  /** The recommendation, once there: what it assumed (and counted), and what else it filled in. */
  recommendation?: Recommendation | undefined;
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

/** A chip's answer in words: every assumed one with its value, a default with why it is not counted. */
const shownOf = (question: Question, settled: Settled, estimated: boolean, pick: string): string => {
  switch (settled.kind) {
    case "given":
      return `${formatAnswer(question, settled.value)}${estimated ? " (estimated)" : ""}`;
    case "assumed":
      return `${assumedValue(question.id, settled.value, (value) => formatAnswer(question, value))} (assumed)`;
    case "default":
      return `${formatAnswer(question, settled.value)} (default, no bearing on ${pick})`;
    default:
      return "not answered";
  }
};

/** Every question on the path as a compact chip with its answer; each one opens that question to change it. */
export function AnswerStrip({
  questions,
  customQuestions = [],
  answers,
  recommendation,
  estimated = [],
  onEdit,
  onStartOver,
}: Props) {
  const pick = recommendation?.ranking.find((entry) => entry.platform === recommendation.recommended)?.name ?? "";
  const builtIn = settledAnswers(questions, answers, recommendation).map(
    ({ question, settled }): Chip => ({
      id: question.id,
      prompt: question.prompt,
      label: `${ANSWER_LABELS[question.id]}:`,
      shown: shownOf(question, settled, estimated.includes(question.id), pick),
      assumed: settled.kind !== "given",
    }),
  );
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
