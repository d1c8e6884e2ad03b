import type { Answers, CustomQuestion, Question, QuestionId } from "@platform-advisor/model";
import { useEffect } from "react";
import { stepPosition, visibleSteps } from "../flow/path.ts";
import { allSteps, type StepId, stepValue } from "../flow/steps.ts";
import { type FieldError, QuestionStep, type StepAnswer } from "./question-step.tsx";

interface Props {
  questions: readonly Question[];
  /** The organisation profile's own questions, asked after the built-in ones. */
  customQuestions?: readonly CustomQuestion[];
  answers: Answers;
  unknown: readonly StepId[];
  /** Numbers set by a range's quick pick. */
  estimated: readonly QuestionId[];
  step: StepId | undefined;
  editing: boolean;
  errors: Partial<Record<StepId, FieldError>>;
  focusOnMount: boolean;
  onChange: (question: StepId, answer: StepAnswer) => void;
  onBack: (to: StepId) => void;
  onSubmit: (question: StepId, answer: StepAnswer, next: StepId | undefined) => void;
  onStartOver: () => void;
}

/** The walk through the questions that matter on the current path, one step at a time. */
export function Questionnaire({
  questions,
  customQuestions = [],
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
  const current =
    allSteps(questions, customQuestions).find((candidate) => candidate.id === step) ??
    visibleSteps(questions, answers, customQuestions)[0];
  const position = current ? stepPosition(questions, answers, current.id, customQuestions) : undefined;
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
          value: stepValue(answers, current.id),
          unknown: unknown.includes(current.id),
          estimated: (estimated as readonly string[]).includes(current.id),
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
