import type { Answers, Question, QuestionId, Recommendation } from "@platform-advisor/model";
import { ChartFigure } from "../chart/chart-figure.tsx";
import { SaveAssessment } from "../saved/save-assessment.tsx";
import { DecisionTree } from "../tree/decision-tree.tsx";
import { treePath } from "../tree/tree-path.ts";
import { Disclosure } from "../ui/disclosure.tsx";
import { AssumptionList } from "./assumption-list.tsx";
import { ComparisonTable } from "./comparison-table.tsx";
import { ExportPanel } from "./export-panel.tsx";
import { GrowthPath } from "./growth-path.tsx";
import { RankingList } from "./ranking-list.tsx";
import { RuledOutTable } from "./ruled-out-table.tsx";
import { WhatIfList } from "./what-if-list.tsx";

export interface ResultDetailsProps {
  recommendation: Recommendation;
  questions: readonly Question[];
  answers: Answers;
  /** The query string that restores this result: what "Copy link" shares. */
  search: string;
  assumptionsOpen: boolean;
  onAssumptionsToggle: (open: boolean) => void;
  onEdit: (question: QuestionId) => void;
  onApply: (change: Answers) => void;
}

const treeLeafName = (recommendation: Recommendation, answers: Answers) =>
  treePath({ ...recommendation.answers, ...answers })
    .at(-1)
    ?.node.lines.join(" ") ?? "";

const count = (value: number, noun: string) => `${value} ${value === 1 ? noun : `${noun}s`}`;

/**
 * Everything below the summary: each detail a click away, then the exports and "Save". A chunk of its own, so that
 * the questionnaire's first load does not carry it and the result page fetches it alongside the recommendation.
 */
export default function ResultDetails(props: ResultDetailsProps) {
  const { recommendation, questions, answers, search } = props;
  const eligible = recommendation.ranking.filter((entry) => entry.eligible).length;
  const ruledOut = recommendation.ranking.length - eligible;
  return (
    <>
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
        <WhatIfList recommendation={recommendation} onApply={props.onApply} />
      </Disclosure>
      <Disclosure id="growth" title="As you grow">
        <GrowthPath recommendation={recommendation} />
      </Disclosure>
      <Disclosure
        id="assumptions"
        title="What we assumed"
        hint={count(recommendation.assumptions.length, "answer")}
        open={props.assumptionsOpen}
        onToggle={props.onAssumptionsToggle}
      >
        <AssumptionList recommendation={recommendation} questions={questions} answers={answers} onEdit={props.onEdit} />
      </Disclosure>
      <Disclosure id="chart" title="Complexity versus capability" hint="chart">
        <ChartFigure recommendation={recommendation} />
      </Disclosure>
      <Disclosure id="compare" title="Top platforms side by side">
        <ComparisonTable recommendation={recommendation} />
      </Disclosure>
      <ExportPanel answers={answers} search={search} />
      <SaveAssessment answers={answers} />
    </>
  );
}
