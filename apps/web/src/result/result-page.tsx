import {
  ANSWER_LABELS,
  type Answers,
  type CustomQuestion,
  type Platform,
  type Question,
  type QuestionId,
  type Recommendation,
} from "@platform-advisor/model";
import { type ComponentType, useState } from "react";
import { ApiError, fetchPlatforms, fetchRecommendation } from "../api/client.ts";
import { isOwnPlatform } from "../api/platform-name.ts";
import { formatAnswer } from "../flow/format-answer.ts";
import type { StepId } from "../flow/steps.ts";
import { useAsync } from "../hooks/use-async.ts";
import type { FieldError } from "../questionnaire/question-step.tsx";
import { ErrorPanel } from "../ui/error-panel.tsx";
import { Loading } from "../ui/loading.tsx";
import { AnswerStrip } from "./answer-strip.tsx";
import { type AppliedChange, AppliedChangeBar } from "./applied-change.tsx";
import { InvalidAnswers } from "./invalid-answers.tsx";
import type { ResultDetailsProps } from "./result-details.tsx";
import { SummaryCard } from "./summary-card.tsx";

/** The details below the summary: a chunk of their own, fetched while the questions or the recommendation load. */
const loadDetails = () => import("./result-details.tsx");

/** Starts fetching the details' chunk, for a page that knows early that it will show a result. */
export const preloadResultDetails = (): void => {
  loadDetails().catch(() => undefined);
};

/**
 * The recommended platform's catalogue entry when it is the organisation's own: what its profile says about it and
 * the documents it cites. Only a page recommending such a platform asks; one that cannot get it shows the rest.
 */
const ownPlatformOf = async (recommendation: Recommendation, signal: AbortSignal): Promise<Platform | undefined> => {
  if (!isOwnPlatform(recommendation.recommended)) return undefined;
  const catalogue = await fetchPlatforms(signal).catch(() => []);
  return catalogue.find((platform) => platform.id === recommendation.recommended);
};

/**
 * The recommendation and the component that draws its details, fetched together and drawn in one render: no part of
 * the page appears late or moves, and React renders it once. Details whose chunk cannot be fetched are left out.
 */
const loadResult = async (
  answers: Answers,
  signal: AbortSignal,
): Promise<{
  recommendation: Recommendation;
  own: Platform | undefined;
  Details: ComponentType<ResultDetailsProps> | undefined;
}> => {
  const [{ recommendation, own }, Details] = await Promise.all([
    fetchRecommendation(answers, signal).then(async (recommendation) => ({
      recommendation,
      own: await ownPlatformOf(recommendation, signal),
    })),
    loadDetails().then(
      (module) => module.default,
      () => undefined,
    ),
  ]);
  return { recommendation, own, Details };
};

interface Props {
  questions: readonly Question[];
  /** The organisation profile's own questions. */
  customQuestions?: readonly CustomQuestion[];
  answers: Answers;
  /** Numbers a range's quick pick set: shown as estimates. */
  estimated?: readonly QuestionId[];
  /** The query string that restores this result: what "Copy link" shares. */
  search: string;
  focusOnMount: boolean;
  /** The what-if applied to reach these answers, while it can be undone. */
  applied?: AppliedChange;
  onEdit: (question: StepId, error?: FieldError) => void;
  onApply: (change: Answers) => void;
  onUndo?: () => void;
  onStartOver: () => void;
}

/** "Hosts: 50 hosts, estimated from the quick pick 11-1000", for each number a range's quick pick set. */
const estimatesOf = (questions: readonly Question[], answers: Answers, estimated: readonly QuestionId[]): string[] =>
  estimated.flatMap((id) => {
    const question = questions.find((candidate) => candidate.id === id);
    const value = answers[id];
    const preset = question?.presets?.find((candidate) => candidate.value === value);
    if (!question || value === undefined) return [];
    const pick = preset ? ` from the quick pick “${preset.label}”` : "";
    return [`${ANSWER_LABELS[id]}: ${formatAnswer(question, value)}, estimated${pick}`];
  });

/** Asks the API for the recommendation of these answers: the decision first, every detail a click away. */
export function ResultPage(props: Props) {
  const {
    questions,
    customQuestions = [],
    answers,
    estimated = [],
    search,
    focusOnMount,
    applied,
    onEdit,
    onApply,
    onUndo,
    onStartOver,
  } = props;
  const result = useAsync((signal) => loadResult(answers, signal), JSON.stringify(answers));
  const [assumptionsOpen, setAssumptionsOpen] = useState(false);
  if (result.status === "loading") {
    return (
      <>
        <h1>Your recommendation</h1>
        <Loading>Working out your recommendation…</Loading>
      </>
    );
  }
  if (result.status === "error") {
    const { error } = result;
    if (error instanceof ApiError && error.isClientError && error.problem) {
      return (
        <InvalidAnswers
          problem={error.problem}
          questions={questions}
          customQuestions={customQuestions}
          onEdit={onEdit}
        />
      );
    }
    return (
      <>
        <h1>Your recommendation</h1>
        <ErrorPanel title="The recommendation could not be worked out." error={error} onRetry={result.retry} />
        <AnswerStrip
          questions={questions}
          customQuestions={customQuestions}
          answers={answers}
          estimated={estimated}
          onEdit={onEdit}
          onStartOver={onStartOver}
        />
      </>
    );
  }
  const { recommendation, own, Details } = result.data;
  const showAssumptions = () => {
    setAssumptionsOpen(true);
    requestAnimationFrame(() => {
      const target = document.getElementById("assumptions");
      target?.scrollIntoView({ block: "start" });
      target?.querySelector("summary")?.focus();
    });
  };
  return (
    <div className="result">
      {applied && onUndo && (
        <AppliedChangeBar
          questions={questions}
          customQuestions={customQuestions}
          applied={applied}
          after={recommendation}
          onUndo={onUndo}
        />
      )}
      <SummaryCard
        recommendation={recommendation}
        answers={answers}
        estimates={estimatesOf(questions, answers, estimated)}
        own={own}
        customQuestions={customQuestions}
        focusOnMount={focusOnMount}
        onShowAssumptions={showAssumptions}
      />
      <AnswerStrip
        questions={questions}
        customQuestions={customQuestions}
        answers={answers}
        recommendation={recommendation}
        estimated={estimated}
        onEdit={onEdit}
        onStartOver={onStartOver}
      />
      {Details ? (
        <Details
          recommendation={recommendation}
          questions={questions}
          answers={answers}
          search={search}
          assumptionsOpen={assumptionsOpen}
          onAssumptionsToggle={setAssumptionsOpen}
          onEdit={onEdit}
          onApply={onApply}
        />
      ) : (
        <ErrorPanel
          title="The details of this recommendation could not be loaded."
          error={undefined}
          onRetry={() => window.location.reload()}
        />
      )}
    </div>
  );
}
