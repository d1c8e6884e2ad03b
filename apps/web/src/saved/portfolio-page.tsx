import type { Platform } from "@platform-advisor/model";
import { useMemo } from "react";
import { useAsync } from "../hooks/use-async.ts";
import { fetchPortfolio } from "./api.ts";
import { Authorized } from "./authorized.tsx";
import { Filters } from "./filters.tsx";
import { platformName } from "./format.ts";
import { catalogueOrNone } from "./lookup.ts";
import { PortfolioChart } from "./portfolio-chart.tsx";
import { portfolioCsv, portfolioSeries } from "./portfolio-series.ts";
import type { Portfolio } from "./types.ts";

/** Saves the portfolio as a CSV file, built in the browser from what is on screen. */
const downloadCsv = (portfolio: Portfolio, nameOf: (platform: string) => string) => {
  const url = URL.createObjectURL(new Blob([portfolioCsv(portfolio, nameOf)], { type: "text/csv" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "platform-advisor-portfolio.csv";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

function PortfolioView({ portfolio, platforms }: { portfolio: Portfolio; platforms: readonly Platform[] | undefined }) {
  const nameOf = useMemo(() => (platform: string) => platformName(platform, platforms), [platforms]);
  const bars = useMemo(() => portfolioSeries(portfolio.byRecommended, nameOf), [portfolio, nameOf]);
  if (portfolio.workloads === 0) return <p className="card">No saved assessments yet for this filter.</p>;
  return (
    <>
      <p className="lead">
        {portfolio.workloads} workload{portfolio.workloads === 1 ? "" : "s"}; {portfolio.stale} saved under an older
        ruleset or profile; {portfolio.drift.length} running on another platform than recommended.
      </p>
      <section className="card" aria-labelledby="by-platform-heading">
        <h2 id="by-platform-heading">Recommended platforms</h2>
        <PortfolioChart bars={bars} />
        <button type="button" className="secondary" onClick={() => downloadCsv(portfolio, nameOf)}>
          Download CSV
        </button>
      </section>
      <section className="card" aria-labelledby="drift-heading">
        <h2 id="drift-heading">Drift</h2>
        {portfolio.drift.length === 0 ? (
          <p>Every workload that said what it runs on today runs on its recommended platform.</p>
        ) : (
          <ul className="drift-list">
            {portfolio.drift.map((entry) => (
              <li key={entry.workload.id}>
                <a href={`/saved?workload=${encodeURIComponent(entry.workload.id)}`}>
                  {entry.workload.name ?? entry.workload.id}
                </a>
                {entry.workload.team ? ` (team ${entry.workload.team})` : ""}: runs on {nameOf(entry.currentPlatform)},
                recommended {nameOf(entry.recommended)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The portfolio: which platforms the latest assessments recommend, and which workloads drift from theirs. */
export function PortfolioPage({ search }: { search: URLSearchParams }) {
  const team = search.get("team") ?? "";
  const state = useAsync(async (signal) => {
    const [portfolio, platforms] = await Promise.all([
      fetchPortfolio(team || undefined, signal),
      catalogueOrNone(signal),
    ]);
    return { portfolio, platforms };
  }, team);
  return (
    <>
      <h1>Portfolio</h1>
      <Filters fields={[{ name: "team", label: "Team", value: team }]} />
      <Authorized state={state} what="the portfolio">
        {({ portfolio, platforms }) => <PortfolioView portfolio={portfolio} platforms={platforms} />}
      </Authorized>
    </>
  );
}
