import type { Answers, Question, QuestionId } from "@platform-advisor/model";
import { useEffect } from "react";
import { stepPosition, visibleQuestions } from "../flow/path.ts";
import { type FieldError, QuestionStep, type StepAnswer } from "./question-step.tsx";

interface Props {
  questions: readonly Question[];
  answers: Answers;
  unknown: readonly QuestionId[];
  /** Numbers set by a range's quick pick. */
  estimated: readonly QuestionId[];
  step: QuestionId | undefined;
  editing: boolean;
  errors: Partial<Record<QuestionId, FieldError>>;
  focusOnMount: boolean;
  onChange: (question: QuestionId, answer: StepAnswer) => void;
  onBack: (to: QuestionId) => void;
  onSubmit: (question: QuestionId, answer: StepAnswer, next: QuestionId | undefined) => void;
  onStartOver: () => void;
}

/** The walk through the questions that matter on the current path, one step at a time. */
export function Questionnaire({
  questions,
  answers,
  unknown,
  estimated,
  step,
  editing,
  errors,
  focusOnMount,
  onChange,
  onBack,
  onSubmit,
  onStartOver,
}: Props) {
  const current = questions.find((question) => question.id === step) ?? visibleQuestions(questions, answers)[0];
  const position = current ? stepPosition(questions, answers, current.id) : undefined;
  const title = position ? `Question ${position.number} of ${position.total} · Platform Advisor` : "Platform Advisor";
  useEffect(() => {
    document.title = title;
  }, [title]);
  if (!current || !position) return <p>The advisor has no questions to ask.</p>;
  // The introduction is for the first step; later steps keep only the way back to a blank page.
  const startOver = (Object.keys(answers).length > 0 || unknown.length > 0) && (
    <>
      {" "}
      <button type="button" className="link-button" onClick={onStartOver}>
        Start over
      </button>
    </>
  );
  return (
    <>
      <h1 className={position.number === 1 ? undefined : "later-step"}>
        Find the container platform that fits your team
      </h1>
      {position.number === 1 ? (
        <p className="intro">
          Answer what you know; choose “I don't know” for the rest and the result says what it assumed. Your answers
          stay in the address bar, so you can bookmark or share them.
          {startOver}
        </p>
      ) : (
        startOver && <p className="intro">{startOver}</p>
      )}
      <QuestionStep
        key={current.id}
        question={current}
        answer={{
          value: answers[current.id],
          unknown: unknown.includes(current.id),
          estimated: estimated.includes(current.id),
        }}
        error={errors[current.id]}
        position={position}
        editing={editing}
        focusOnMount={focusOnMount}
        onChange={(answer) => onChange(current.id, answer)}
        onBack={() => position.previous && onBack(position.previous)}
        onSubmit={(answer, finish) => onSubmit(current.id, answer, finish ? undefined : position.next)}
      />
    </>
  );
}
