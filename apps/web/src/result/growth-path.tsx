import type { Recommendation } from "@platform-advisor/model";

/** Where the team goes as it grows: the platform that leads at each larger size. */
export function GrowthPath({ recommendation }: { recommendation: Recommendation }) {
  return (
    <section className="card" aria-labelledby="growth-heading">
      <h2 id="growth-heading">As you grow</h2>
      {recommendation.growthPath.length === 0 ? (
        <p className="muted">The recommendation holds as the team, containers and hosts grow tenfold.</p>
      ) : (
        <ol className="growth">
          {recommendation.growthPath.map((step) => (
            <li key={`${step.dimension}-${step.value}`}>{step.text}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
