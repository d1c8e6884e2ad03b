import {
  ANSWER_LABELS,
  type Answers,
  type CustomQuestion,
  formatAnswerOf,
  formatPoints as formatScore,
  type Platform,
  QUESTIONNAIRE,
  type Recommendation,
} from "@platform-advisor/model";
import { useState } from "react";
import { ApiError } from "../api/client.ts";
import { formatCustomAnswer } from "../flow/format-answer.ts";
import { customStepId } from "../flow/steps.ts";
import { useAsync } from "../hooks/use-async.ts";
import { deleteAssessment, fetchAssessment } from "./api.ts";
import { Authorized } from "./authorized.tsx";
import { platformName, savedAt } from "./format.ts";
import { catalogueOrNone, customQuestionsOrNone } from "./lookup.ts";
import type { AssessmentDetail, Changes, ProfileRef } from "./types.ts";

type NameOf = (platform: string) => string;

/** A score change in words: "Docker Swarm rose from 70 to 75 (5 more)", "K3s was ruled out (it scored 60)". */
export const scoreChangeText = (score: Changes["scores"][number], nameOf: NameOf): string => {
  const name = nameOf(score.platform);
  if (!score.eligibleBefore && score.eligibleAfter)
    return `${name} became eligible, scoring ${formatScore(score.after)}.`;
  if (score.eligibleBefore && !score.eligibleAfter)
    return `${name} was ruled out (it scored ${formatScore(score.before)}).`;
  if (!score.eligibleAfter) return `${name} is still ruled out.`;
  const difference = Math.round((score.after - score.before) * 10) / 10;
  if (difference === 0) return `${name} still scores ${formatScore(score.after)}.`;
  return `${name} ${difference > 0 ? "rose" : "fell"} from ${formatScore(score.before)} to ${formatScore(score.after)} (${formatScore(Math.abs(difference))} ${difference > 0 ? "more" : "less"}).`;
};

const encodeValue = (value: unknown) => (Array.isArray(value) ? value.join(",") : String(value));

/**
 * The questionnaire's own address for a result: view=result and one parameter per answer, an organisation's own as
 * `custom.<id>` (flow/url-state.ts).
 */
export const resultSearch = (answers: Answers): string => {
  const { custom = {}, ...builtIn } = answers;
  const params = new URLSearchParams({ view: "result" });
  for (const [question, value] of Object.entries(builtIn)) params.set(question, encodeValue(value));
  for (const [id, value] of Object.entries(custom)) params.set(customStepId(id), encodeValue(value));
  return params.toString();
};

/**
 * The organisation's own answers by their questions' prompts and options' labels. A question today's profile no
 * longer asks keeps its id and value: nothing else is left to name it by.
 */
export const customAnswerRows = (
  answers: Answers,
  questions: readonly CustomQuestion[],
): { id: string; label: string; value: string }[] =>
  Object.entries(answers.custom ?? {}).map(([id, value]) => {
    const question = questions.find((candidate) => candidate.id === id);
    return question
      ? { id, label: question.prompt, value: formatCustomAnswer(question, value) }
      : { id, label: `${id} (a question the profile no longer asks)`, value: encodeValue(value) };
  });

const profileText = (profile: ProfileRef | null) => (profile ? `${profile.name} r${profile.revision}` : "none");

function Leader({ recommendation, nameOf }: { recommendation: Recommendation; nameOf: NameOf }) {
  const leader = recommendation.ranking[0];
  return (
    <>
      <p className="lead">
        <strong>{nameOf(recommendation.recommended)}</strong>
        {leader ? `, score ${leader.score}` : ""}
      </p>
      {leader && leader.reasons.length > 0 && (
        <ul className="reasons">
          {leader.reasons.slice(0, 5).map((reason) => (
            <li key={`${reason.text}-${reason.source}`} className="reason">
              {reason.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function WhatChanged({ changes, nameOf }: { changes: Changes; nameOf: NameOf }) {
  const moved = changes.recommended.before !== changes.recommended.after;
  return (
    <section className="card changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">What changed since it was saved</h2>
      <p>
        {moved
          ? `The recommendation moved from ${nameOf(changes.recommended.before)} to ${nameOf(changes.recommended.after)}.`
          : `${nameOf(changes.recommended.after)} is still recommended, with different reasons or scores.`}
      </p>
      <dl className="facts">
        <dt>Ruleset</dt>
        <dd>
          {changes.rulesetVersion.before} → {changes.rulesetVersion.after}
        </dd>
        <dt>Organisation profile</dt>
        <dd>
          {profileText(changes.profile.before)} → {profileText(changes.profile.after)}
        </dd>
      </dl>
      {changes.scores.length > 0 && (
        <>
          <h3>Scores</h3>
          <ul className="score-changes">
            {changes.scores.map((score) => (
              <li key={score.platform}>{scoreChangeText(score, nameOf)}</li>
            ))}
          </ul>
        </>
      )}
      {changes.reasons.added.length > 0 && (
        <>
          <h3>Reasons added</h3>
          <ul>
            {changes.reasons.added.map((reason) => (
              <li key={`${reason.platform}-${reason.text}-${reason.source}`}>
                {nameOf(reason.platform)}: {reason.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {changes.reasons.removed.length > 0 && (
        <>
          <h3>Reasons removed</h3>
          <ul>
            {changes.reasons.removed.map((reason) => (
              <li key={`${reason.platform}-${reason.text}-${reason.source}`}>
                {nameOf(reason.platform)}: {reason.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface Lookup {
  platforms: readonly Platform[] | undefined;
  customQuestions: readonly CustomQuestion[];
}

function Detail({ assessment, lookup }: { assessment: AssessmentDetail; lookup: Lookup }) {
  const [deleted, setDeleted] = useState<"no" | "yes" | string>("no");
  // The stored ranking names every platform it ranked, today's names any added since; the catalogue the rest.
  const nameOf: NameOf = (platform) =>
    platformName(platform, assessment.recommendation.ranking, assessment.current?.ranking, lookup.platforms);
  const remove = async () => {
    try {
      await deleteAssessment(assessment.id);
      setDeleted("yes");
    } catch (error) {
      setDeleted(error instanceof ApiError ? error.message : "It could not be deleted.");
    }
  };
  if (deleted === "yes") {
    return (
      <p role="status" className="card">
        Deleted. <a href="/saved">Back to the saved assessments</a>
      </p>
    );
  }
  return (
    <>
      <section className="card" aria-labelledby="stored-heading">
        <h2 id="stored-heading">As saved</h2>
        <Leader recommendation={assessment.recommendation} nameOf={nameOf} />
        <dl className="facts">
          <dt>Workload</dt>
          <dd>
            {assessment.workload.id}
            {assessment.workload.team ? ` (team ${assessment.workload.team})` : ""}
          </dd>
          <dt>Saved</dt>
          <dd>{savedAt(assessment.createdAt)}</dd>
          <dt>Ruleset</dt>
          <dd>{assessment.rulesetVersion}</dd>
          <dt>Organisation profile</dt>
          <dd>{profileText(assessment.profile)}</dd>
          {assessment.note && (
            <>
              <dt>Note</dt>
              <dd>{assessment.note}</dd>
            </>
          )}
        </dl>
      </section>
      {assessment.changes ? (
        <WhatChanged changes={assessment.changes} nameOf={nameOf} />
      ) : (
        <p className="card">
          {assessment.current
            ? "Today's rules give the same result."
            : "Today's organisation profile leaves no platform eligible for these answers."}
        </p>
      )}
      <section className="card" aria-labelledby="answers-heading">
        <h2 id="answers-heading">Answers</h2>
        <dl className="facts">
          {QUESTIONNAIRE.filter((question) => assessment.answers[question.id] !== undefined).map((question) => (
            <div key={question.id}>
              <dt>{ANSWER_LABELS[question.id]}</dt>
              <dd>{formatAnswerOf(question, assessment.answers[question.id])}</dd>
            </div>
          ))}
          {customAnswerRows(assessment.answers, lookup.customQuestions).map((row) => (
            <div key={row.id}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
        <p>
          <a href={`/?${resultSearch(assessment.answers)}`}>See today's full result for these answers</a>
        </p>
      </section>
      <div className="actions">
        <button type="button" className="link-button" onClick={() => void remove()}>
          Delete this assessment
        </button>
        {deleted !== "no" && (
          <p className="field-error" role="alert">
            {deleted}
          </p>
        )}
      </div>
    </>
  );
}

/** One saved assessment: the stored result and, when today's rules answer differently, what changed. */
export function AssessmentPage({ id }: { id: string }) {
  const state = useAsync(async (signal) => {
    const [assessment, platforms, customQuestions] = await Promise.all([
      fetchAssessment(id, signal),
      catalogueOrNone(signal),
      customQuestionsOrNone(signal),
    ]);
    return { assessment, lookup: { platforms, customQuestions } };
  }, id);
  const workload = state.status === "done" ? state.data.assessment.workload : undefined;
  return (
    <>
      <h1>{workload ? (workload.name ?? workload.id) : "Saved assessment"}</h1>
      <p>
        <a href="/saved">All saved assessments</a>
      </p>
      <Authorized state={state} what="the assessment">
        {({ assessment, lookup }) => <Detail assessment={assessment} lookup={lookup} />}
      </Authorized>
    </>
  );
}
