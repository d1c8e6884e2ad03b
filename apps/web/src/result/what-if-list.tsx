import type { Answers, Recommendation } from "@platform-advisor/model";

/** The tipping points: each one a button that applies its change to the answers. */
export function WhatIfList({
  recommendation,
  onApply,
}: {
  recommendation: Recommendation;
  onApply: (change: Answers) => void;
}) {
  return (
    <>
      {recommendation.whatIf.length === 0 ? (
        <p className="muted">No small change to your answers would change the recommendation.</p>
      ) : (
        <>
          <p>
            Each is the smallest change to your answers that tips the balance. Choose one to apply it and see the
            result.
          </p>
          <ul className="what-if">
            {recommendation.whatIf.map((item) => (
              <li key={item.text}>
                <button type="button" className="what-if-button" onClick={() => onApply(item.change)}>
                  {item.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
