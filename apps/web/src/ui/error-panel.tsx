import { ApiError } from "../api/client.ts";

const describe = (error: unknown): string => {
  if (error instanceof ApiError) return error.message;
  return "Something went wrong while talking to the advisor.";
};

/** A failure with what happened and a way to try again. */
export function ErrorPanel({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  return (
    <div className="error-panel" role="alert">
      <p className="error-title">{title}</p>
      <p>{describe(error)}</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
