import { useEffect } from "react";
import { warmUpNumberFormat } from "./warm-up.ts";

/**
 * A polite status message while something loads. The main thread is idle meanwhile, so it prepares the number
 * formatting the next screen needs: in a task of its own, after the request that this message waits for has gone.
 */
export function Loading({ children }: { children: string }) {
  useEffect(() => {
    const timer = setTimeout(warmUpNumberFormat, 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}
