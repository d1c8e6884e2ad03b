import type { Recommendation } from "@platform-advisor/model";
import { useEffect, useRef } from "react";
import { useFocusOnMount } from "../hooks/use-focus-on-mount.ts";
import { formatPoints } from "./format.ts";
import { ReasonList } from "./reason-list.tsx";

/** The headline: which platform, by how much, and why. */
export function ResultSummary({
  recommendation,
  focusOnMount,
}: {
  recommendation: Recommendation;
  focusOnMount: boolean;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef, focusOnMount);
  const [winner, runnerUp] = recommendation.ranking;
  const name = winner?.name ?? recommendation.recommended;
  useEffect(() => {
    document.title = `Recommendation: ${name} · Platform Advisor`;
  }, [name]);
  const reasons = [...(winner?.reasons ?? [])].sort((a, b) => (b.impact ?? 0) - (a.impact ?? 0));
  return (
    <section className="card summary" aria-labelledby="result-heading">
      <h1 id="result-heading" ref={headingRef} tabIndex={-1}>
        Recommendation: {name}
      </h1>
      <p className="lead">
        Score {formatPoints(winner?.score ?? 0)} of 100
        {runnerUp?.eligible
          ? `, ${formatPoints(recommendation.margin)} points ahead of the runner-up, ${runnerUp.name}.`
          : ". No other platform fits these answers."}
      </p>
      <h2>Why {name}</h2>
      <ReasonList reasons={reasons} />
    </section>
  );
}
