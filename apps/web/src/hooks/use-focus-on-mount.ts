import { type RefObject, useLayoutEffect } from "react";

/** Moves the focus to `ref` when the component appears, so a new step or page is announced. */
export const useFocusOnMount = (ref: RefObject<HTMLElement | null>, enabled: boolean): void => {
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount, by design.
  useLayoutEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
};
