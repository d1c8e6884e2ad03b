import type { ReactNode } from "react";
import type { AsyncState } from "../hooks/use-async.ts";
import { ErrorPanel } from "../ui/error-panel.tsx";
import { Loading } from "../ui/loading.tsx";
import { needsToken } from "./api.ts";
import { TokenPrompt } from "./token-prompt.tsx";

/** Shows loading, a token prompt on 401/403, an error with retry, or the data. */
export function Authorized<T>({
  state,
  what,
  children,
}: {
  state: AsyncState<T> & { retry: () => void };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (state.status === "loading") return <Loading>{`Loading ${what}…`}</Loading>;
  if (state.status === "error") {
    if (needsToken(state.error)) return <TokenPrompt error={state.error} onToken={state.retry} />;
    return (
      <ErrorPanel
        title={`${what[0]?.toUpperCase()}${what.slice(1)} could not be loaded.`}
        error={state.error}
        onRetry={state.retry}
      />
    );
  }
  return <>{children(state.data)}</>;
}
