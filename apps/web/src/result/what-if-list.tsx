import type { Answers, Recommendation } from "@platform-advisor/model";
import { platformName } from "./format.ts";

/** The tipping points: each one a button that applies its change to the answers. */
export function WhatIfList({
  recommendation,
  onApply,
}: {
  recommendation: Recommendation;
  onApply: (change: Answers) => void;
}) {
  return (
    <section className="card" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">What would change the answer</h2>
      {recommendation.whatIf.length === 0 ? (
        <p className="muted">No small change to your answers would change the recommendation.</p>
      ) : (
        <>
          <p>Each of these is the smallest change that tips the balance. Try one to see its result.</p>
          <ul className="what-if">
            {recommendation.whatIf.map((item) => (
              <li key={item.text}>
                <button type="button" className="what-if-button" onClick={() => onApply(item.change)}>
                  {item.text}
                </button>
                <span className="muted"> (leads to {platformName(recommendation, item.recommended)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
