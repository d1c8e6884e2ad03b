import { useState } from "react";
import { ApiError } from "../api/client.ts";
import { useAsync } from "../hooks/use-async.ts";
import { listAssessments } from "./api.ts";
import { Authorized } from "./authorized.tsx";
import { Filters } from "./filters.tsx";
import { platformName, savedAt } from "./format.ts";
import { catalogueOrNone } from "./lookup.ts";
import type { AssessmentSummary } from "./types.ts";

/** The "Saved" page: saved assessments, newest first, filtered by workload and team, a page at a time. */
export function SavedList({ search }: { search: URLSearchParams }) {
  const workload = search.get("workload") ?? "";
  const team = search.get("team") ?? "";
  const filters = { ...(workload ? { workload } : {}), ...(team ? { team } : {}) };
  const first = useAsync(async (signal) => {
    const [page, platforms] = await Promise.all([listAssessments(filters, signal), catalogueOrNone(signal)]);
    return { ...page, platforms };
  }, JSON.stringify(filters));
  const [more, setMore] = useState<{ items: AssessmentSummary[]; next: string | null } | undefined>();
  const [moreError, setMoreError] = useState<string | undefined>();

  const loadMore = async (cursor: string) => {
    try {
      const page = await listAssessments({ ...filters, cursor });
      setMore((current) => ({ items: [...(current?.items ?? []), ...page.items], next: page.next }));
    } catch (error) {
      setMoreError(error instanceof ApiError ? error.message : "More could not be loaded.");
    }
  };

  return (
    <>
      <h1>Saved assessments</h1>
      <Filters
        fields={[
          { name: "workload", label: "Workload id", value: workload },
          { name: "team", label: "Team", value: team },
        ]}
      />
      <Authorized state={first} what="the saved assessments">
        {(page) => {
          const items = [...page.items, ...(more?.items ?? [])];
          const next = more ? more.next : page.next;
          if (items.length === 0) {
            return (
              <p className="card">
                Nothing saved{workload || team ? " matches these filters" : " yet"}. Answer the questionnaire and use
                “Save this assessment” on the result.
              </p>
            );
          }
          return (
            <>
              <ul className="saved-list">
                {items.map((item) => (
                  <li key={item.id} className="card saved-item">
                    <h2 className="saved-item-title">
                      <a href={`/saved/${encodeURIComponent(item.id)}`}>{item.workload.name ?? item.workload.id}</a>
                    </h2>
                    <p>
                      {platformName(item.recommended, page.platforms)}, score {item.score}
                    </p>
                    <p className="muted">
                      {item.workload.id}
                      {item.workload.team ? ` · team ${item.workload.team}` : ""} · saved {savedAt(item.createdAt)}
                    </p>
                  </li>
                ))}
              </ul>
              {moreError && (
                <p className="field-error" role="alert">
                  {moreError}
                </p>
              )}
              {next && (
                <div className="actions">
                  <button type="button" onClick={() => void loadMore(next)}>
                    Show more
                  </button>
                </div>
              )}
            </>
          );
        }}
      </Authorized>
    </>
  );
}
