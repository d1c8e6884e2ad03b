import { startTransition, useCallback, useEffect, useState } from "react";

export type AsyncState<T> = { status: "loading" } | { status: "error"; error: unknown } | { status: "done"; data: T };

/**
 * Runs `load` whenever `key` changes (and on retry), aborting the previous
 * run, so a slow answer to an old request never overwrites a newer one. The
 * answer is drawn as a transition: React renders it in slices of a few
 * milliseconds, so a large page arriving does not block a phone's main thread.
 */
export const useAsync = <T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string,
): AsyncState<T> & { retry: () => void } => {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; attempt: number; value: AsyncState<T> }>({
    key,
    attempt,
    value: { status: "loading" },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for everything `load` reads.
  useEffect(() => {
    const controller = new AbortController();
    setState({ key, attempt, value: { status: "loading" } });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted)
          startTransition(() => setState({ key, attempt, value: { status: "done", data } }));
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          startTransition(() => setState({ key, attempt, value: { status: "error", error } }));
      },
    );
    return () => controller.abort();
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current: AsyncState<T> = state.key === key && state.attempt === attempt ? state.value : { status: "loading" };
  return { ...current, retry };
};
