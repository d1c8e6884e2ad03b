import type { Answers } from "@platform-advisor/model";
import { type FormEvent, useId, useState } from "react";
import { ApiError } from "../api/client.ts";
import { needsToken, saveAssessment } from "./api.ts";
import { TokenPrompt } from "./token-prompt.tsx";
import type { Assessment } from "./types.ts";

const WORKLOAD_ID = "[A-Za-z0-9._\\-]{1,100}";

type State =
  | { status: "editing" }
  | { status: "saving" }
  | { status: "saved"; assessment: Assessment }
  | { status: "error"; error: unknown };

/** "Save this assessment": keeps the answers and the result under a workload, for the portal and the portfolio. */
export function SaveAssessment({ answers }: { answers: Answers }) {
  const id = useId();
  const [workload, setWorkload] = useState({ id: "", name: "", team: "" });
  const [note, setNote] = useState("");
  const [state, setState] = useState<State>({ status: "editing" });

  const save = async () => {
    setState({ status: "saving" });
    try {
      const assessment = await saveAssessment({
        workload: {
          id: workload.id.trim(),
          ...(workload.name.trim() ? { name: workload.name.trim() } : {}),
          ...(workload.team.trim() ? { team: workload.team.trim() } : {}),
        },
        answers,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setState({ status: "saved", assessment });
    } catch (error) {
      setState({ status: "error", error });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const fieldErrors =
    state.status === "error" && state.error instanceof ApiError ? (state.error.problem?.errors ?? []) : [];

  return (
    <section className="card save-assessment" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Save this assessment</h2>
      {state.status === "saved" ? (
        <p role="status">
          Saved for {state.assessment.workload.name ?? state.assessment.workload.id}.{" "}
          <a href={`/saved/${encodeURIComponent(state.assessment.id)}`}>Open the saved assessment</a> or see{" "}
          <a href="/saved">all saved assessments</a>.
        </p>
      ) : (
        <>
          <p className="muted">Keep these answers and this result, to compare with later rule versions.</p>
          <form onSubmit={submit} className="save-form">
            <label htmlFor={`${id}-workload`}>Workload id</label>
            <input
              id={`${id}-workload`}
              required
              pattern={WORKLOAD_ID}
              maxLength={100}
              aria-describedby={`${id}-workload-help`}
              value={workload.id}
              onChange={(event) => setWorkload({ ...workload, id: event.target.value })}
            />
            <p id={`${id}-workload-help`} className="help">
              As your catalogue names it, e.g. checkout-api: letters, digits, dots, dashes and underscores.
            </p>
            <label htmlFor={`${id}-name`}>Name (optional)</label>
            <input
              id={`${id}-name`}
              maxLength={200}
              value={workload.name}
              onChange={(event) => setWorkload({ ...workload, name: event.target.value })}
            />
            <label htmlFor={`${id}-team`}>Team (optional)</label>
            <input
              id={`${id}-team`}
              maxLength={100}
              value={workload.team}
              onChange={(event) => setWorkload({ ...workload, team: event.target.value })}
            />
            <label htmlFor={`${id}-note`}>Note (optional)</label>
            <textarea
              id={`${id}-note`}
              maxLength={2000}
              rows={3}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
            {fieldErrors.length > 0 && (
              <ul className="field-error" role="alert">
                {fieldErrors.map((error) => (
                  <li key={error.path}>
                    {error.path}: {error.message}
                  </li>
                ))}
              </ul>
            )}
            {state.status === "error" && !needsToken(state.error) && fieldErrors.length === 0 && (
              <p className="field-error" role="alert">
                {state.error instanceof ApiError ? state.error.message : "The assessment could not be saved."}
              </p>
            )}
            <div className="actions">
              <button type="submit" disabled={state.status === "saving"}>
                {state.status === "saving" ? "Saving…" : "Save assessment"}
              </button>
            </div>
          </form>
          {state.status === "error" && needsToken(state.error) && (
            <TokenPrompt error={state.error} onToken={() => void save()} />
          )}
        </>
      )}
    </section>
  );
}
