import type { Answers, Question, QuestionId, Recommendation } from "@platform-advisor/model";
import { ApiError, fetchRecommendation } from "../api/client.ts";
import { ChartFigure } from "../chart/chart-figure.tsx";
import { useAsync } from "../hooks/use-async.ts";
import type { FieldError } from "../questionnaire/question-step.tsx";
import { SaveAssessment } from "../saved/save-assessment.tsx";
import { ErrorPanel } from "../ui/error-panel.tsx";
import { Loading } from "../ui/loading.tsx";
import { AnswerList } from "./answer-list.tsx";
import { AssumptionList } from "./assumption-list.tsx";
import { ComparisonTable } from "./comparison-table.tsx";
import { ExportPanel } from "./export-panel.tsx";
import { GrowthPath } from "./growth-path.tsx";
import { InvalidAnswers } from "./invalid-answers.tsx";
import { RankingList } from "./ranking-list.tsx";
import { ResultSummary } from "./result-summary.tsx";
import { WhatIfList } from "./what-if-list.tsx";

interface Props {
  questions: readonly Question[];
  answers: Answers;
  /** The query string that restores this result: what "Copy link" shares. */
  search: string;
  focusOnMount: boolean;
  onEdit: (question: QuestionId, error?: FieldError) => void;
  onApply: (change: Answers) => void;
}

/** Asks the API for the recommendation of these answers and explains it. */
export function ResultPage({ questions, answers, search, focusOnMount, onEdit, onApply }: Props) {
  const result = useAsync<Recommendation>((signal) => fetchRecommendation(answers, signal), JSON.stringify(answers));
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
      return <InvalidAnswers problem={error.problem} questions={questions} onEdit={onEdit} />;
    }
    return (
      <>
        <h1>Your recommendation</h1>
        <ErrorPanel title="The recommendation could not be worked out." error={error} onRetry={result.retry} />
        <AnswerList questions={questions} answers={answers} onEdit={onEdit} />
      </>
    );
  }
  const recommendation = result.data;
  return (
    <div className="result">
      <ResultSummary recommendation={recommendation} focusOnMount={focusOnMount} />
      <ExportPanel answers={answers} search={search} />
      <SaveAssessment answers={answers} />
      <ChartFigure recommendation={recommendation} />
      <WhatIfList recommendation={recommendation} onApply={onApply} />
      <GrowthPath recommendation={recommendation} />
      <AssumptionList recommendation={recommendation} questions={questions} onEdit={onEdit} />
      <RankingList recommendation={recommendation} />
      <ComparisonTable recommendation={recommendation} />
      <AnswerList questions={questions} answers={answers} onEdit={onEdit} />
    </div>
  );
}
