import {
  ANSWER_LABELS,
  type Answers,
  type Question,
  type QuestionId,
  type Recommendation,
} from "@platform-advisor/model";
import { useState } from "react";
import { ApiError, fetchRecommendation } from "../api/client.ts";
import { ChartFigure } from "../chart/chart-figure.tsx";
import { formatAnswer } from "../flow/format-answer.ts";
import { useAsync } from "../hooks/use-async.ts";
import type { FieldError } from "../questionnaire/question-step.tsx";
import { SaveAssessment } from "../saved/save-assessment.tsx";
import { DecisionTree } from "../tree/decision-tree.tsx";
import { treePath } from "../tree/tree-path.ts";
import { Disclosure } from "../ui/disclosure.tsx";
import { ErrorPanel } from "../ui/error-panel.tsx";
import { Loading } from "../ui/loading.tsx";
import { AnswerStrip } from "./answer-strip.tsx";
import { type AppliedChange, AppliedChangeBar } from "./applied-change.tsx";
import { AssumptionList } from "./assumption-list.tsx";
import { ComparisonTable } from "./comparison-table.tsx";
import { ExportPanel } from "./export-panel.tsx";
import { GrowthPath } from "./growth-path.tsx";
import { InvalidAnswers } from "./invalid-answers.tsx";
import { RankingList } from "./ranking-list.tsx";
import { RuledOutTable } from "./ruled-out-table.tsx";
import { SummaryCard } from "./summary-card.tsx";
import { WhatIfList } from "./what-if-list.tsx";

interface Props {
  questions: readonly Question[];
  answers: Answers;
  /** Numbers a range's quick pick set: shown as estimates. */
  estimated?: readonly QuestionId[];
  /** The query string that restores this result: what "Copy link" shares. */
  search: string;
  focusOnMount: boolean;
  /** The what-if applied to reach these answers, while it can be undone. */
  applied?: AppliedChange;
  onEdit: (question: QuestionId, error?: FieldError) => void;
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

const treeLeafName = (recommendation: Recommendation, answers: Answers) =>
  treePath({ ...recommendation.answers, ...answers })
    .at(-1)
    ?.node.lines.join(" ") ?? "";

const count = (value: number, noun: string) => `${value} ${value === 1 ? noun : `${noun}s`}`;

/** Asks the API for the recommendation of these answers: the decision first, every detail a click away. */
export function ResultPage(props: Props) {
  const {
    questions,
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
  const result = useAsync<Recommendation>((signal) => fetchRecommendation(answers, signal), JSON.stringify(answers));
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
      return <InvalidAnswers problem={error.problem} questions={questions} onEdit={onEdit} />;
    }
    return (
      <>
        <h1>Your recommendation</h1>
        <ErrorPanel title="The recommendation could not be worked out." error={error} onRetry={result.retry} />
        <AnswerStrip
          questions={questions}
          answers={answers}
          estimated={estimated}
          onEdit={onEdit}
          onStartOver={onStartOver}
        />
      </>
    );
  }
  const recommendation = result.data;
  const eligible = recommendation.ranking.filter((entry) => entry.eligible).length;
  const ruledOut = recommendation.ranking.length - eligible;
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
        <AppliedChangeBar questions={questions} applied={applied} after={recommendation} onUndo={onUndo} />
      )}
      <SummaryCard
        recommendation={recommendation}
        answers={answers}
        estimates={estimatesOf(questions, answers, estimated)}
        focusOnMount={focusOnMount}
        onShowAssumptions={showAssumptions}
      />
      <AnswerStrip
        questions={questions}
        answers={answers}
        resolved={recommendation.answers}
        estimated={estimated}
        onEdit={onEdit}
        onStartOver={onStartOver}
      />
      <Disclosure
        id="tree"
        title="The decision tree, walked"
        hint={`Docker in Production, §4.5: ends at ${treeLeafName(recommendation, answers)}`}
      >
        <DecisionTree recommendation={recommendation} answers={answers} />
      </Disclosure>
      <Disclosure id="ranking" title="Every platform, ranked" hint={`${count(eligible, "platform")} that fit`}>
        <RankingList recommendation={recommendation} />
      </Disclosure>
      <Disclosure id="ruled-out" title="Ruled out" hint={count(ruledOut, "platform")}>
        <RuledOutTable recommendation={recommendation} />
      </Disclosure>
      <Disclosure
        id="what-if"
        title="What would change the answer"
        hint={count(recommendation.whatIf.length, "change")}
      >
        <WhatIfList recommendation={recommendation} onApply={onApply} />
      </Disclosure>
      <Disclosure id="growth" title="As you grow">
        <GrowthPath recommendation={recommendation} />
      </Disclosure>
      <Disclosure
        id="assumptions"
        title="What we assumed"
        hint={count(recommendation.assumptions.length, "answer")}
        open={assumptionsOpen}
        onToggle={setAssumptionsOpen}
      >
        <AssumptionList recommendation={recommendation} questions={questions} onEdit={onEdit} />
      </Disclosure>
      <Disclosure id="chart" title="Complexity versus capability" hint="chart">
        <ChartFigure recommendation={recommendation} />
      </Disclosure>
      <Disclosure id="compare" title="Top platforms side by side">
        <ComparisonTable recommendation={recommendation} />
      </Disclosure>
      <ExportPanel answers={answers} search={search} />
      <SaveAssessment answers={answers} />
    </div>
  );
}
