import type { Recommendation } from "@platform-advisor/model";
import { platformName } from "./format.ts";

/** Where the team goes as it grows: one line when the recommendation holds, the changes otherwise. */
export function GrowthPath({ recommendation }: { recommendation: Recommendation }) {
  const name = platformName(recommendation, recommendation.recommended);
  const changes = recommendation.growthPath.filter((step) => step.recommended !== recommendation.recommended);
  if (changes.length === 0) return <p>{name} still leads at 2, 5 and 10 times your containers, hosts and team.</p>;
  return (
    <ol className="growth">
      {changes.map((step) => (
        <li key={`${step.dimension}-${step.value}`}>{step.text}</li>
      ))}
    </ol>
  );
}
