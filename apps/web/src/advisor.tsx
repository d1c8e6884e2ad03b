import type { Answers, CustomQuestion, Question } from "@platform-advisor/model";
import { useMemo, useState } from "react";
import { type AnswerSet, applyAnswer, applyChange } from "./flow/apply-answer.ts";
import { pruneToPath } from "./flow/path.ts";
import type { StepId } from "./flow/steps.ts";
import { decodeUrlState, encodeUrlState, type UrlState } from "./flow/url-state.ts";
import { type NavigationMode, useSearch } from "./hooks/use-search.ts";
import type { FieldError } from "./questionnaire/question-step.tsx";
import { Questionnaire } from "./questionnaire/questionnaire.tsx";
import type { AppliedChange } from "./result/applied-change.tsx";
import { ResultPage } from "./result/result-page.tsx";

type FieldErrors = Partial<Record<StepId, FieldError>>;

const NONE: readonly CustomQuestion[] = [];

/**
 * Holds the walk's state in the address bar and switches between the
 * questionnaire and the result. Answers that a link carries but that are not
 * valid open the questionnaire on the first of them, with the message shown.
 * The organisation profile's own questions come after the built-in ones.
 */
export function Advisor({
  questions,
  customQuestions = NONE,
}: {
  questions: readonly Question[];
  customQuestions?: readonly CustomQuestion[];
}) {
  const { search, moved, navigate } = useSearch();
  const decoded = useMemo(
    () => decodeUrlState(questions, search, customQuestions),
    [questions, customQuestions, search],
  );
  /** The what-if last applied, with the address it led to: undoable while that address is on screen. */
  const [applied, setApplied] = useState<(AppliedChange & { search: string; undo: string }) | undefined>(undefined);
  const [errors, setErrors] = useState<FieldErrors>(() =>
    Object.fromEntries(decoded.issues.map((issue) => [issue.question, { message: issue.message, raw: issue.raw }])),
  );
  const firstIssue = decoded.issues.find((issue) => errors[issue.question] !== undefined);
  const state: UrlState = firstIssue
    ? { ...decoded.state, view: "questions", step: decoded.state.step ?? firstIssue.question }
    : decoded.state;

  const encode = (next: UrlState) => encodeUrlState(questions, next, customQuestions);
  const go = (next: UrlState, mode: NavigationMode) => navigate(encode(next), mode);
  const withAnswers = (set: AnswerSet): UrlState => ({
    ...state,
    answers: set.answers,
    unknown: set.unknown,
    estimated: set.estimated ?? [],
  });
  const clearError = (question: StepId) =>
    setErrors((current) => {
      const { [question]: _, ...rest } = current;
      return rest;
    });

  const edit = (question: StepId, error?: FieldError) => {
    if (error) setErrors((current) => ({ ...current, [question]: error }));
    go({ ...state, view: "questions", step: question, editing: true }, "push");
  };

  if (state.view === "result") {
    const answers: Answers = pruneToPath(questions, state.answers);
    return (
      <ResultPage
        questions={questions}
        customQuestions={customQuestions}
        answers={answers}
        estimated={state.estimated ?? []}
        search={encode({ ...state, step: undefined, editing: false })}
        focusOnMount={moved}
        onEdit={edit}
        {...(applied && `?${applied.search}` === search
          ? { applied, onUndo: () => navigate(applied.undo, "push") }
          : {})}
        onApply={(change) => {
          const next = encode(withAnswers(applyChange(questions, state, change, customQuestions)));
          setApplied({ change, before: answers, search: next, undo: search.replace(/^\?/, "") });
          navigate(next, "push");
        }}
        onStartOver={() => {
          setApplied(undefined);
          navigate("", "push");
        }}
      />
    );
  }

  return (
    <Questionnaire
      questions={questions}
      customQuestions={customQuestions}
      answers={state.answers}
      unknown={state.unknown}
      estimated={state.estimated ?? []}
      step={state.step}
      editing={state.editing}
      errors={errors}
      focusOnMount={moved}
      onChange={(question, answer) => {
        clearError(question);
        go(
          { ...withAnswers(applyAnswer(questions, state, question, answer, customQuestions)), step: question },
          "replace",
        );
      }}
      onBack={(to) => go({ ...state, step: to }, "push")}
      onStartOver={() => {
        setApplied(undefined);
        navigate("", "push");
      }}
      onSubmit={(question, answer, next) => {
        clearError(question);
        const set = applyAnswer(questions, state, question, answer, customQuestions);
        const target: UrlState = next
          ? { ...withAnswers(set), step: next }
          : { ...withAnswers(set), view: "result", step: undefined, editing: false };
        go(target, "push");
      }}
    />
  );
}
