import { useCallback, useEffect, useState } from "react";

export type NavigationMode = "push" | "replace";

/**
 * The address bar's query string as state. `moved` turns true once the person
 * has gone anywhere (a step, the result, the browser's Back): from then on,
 * each new view takes the focus.
 */
export const useSearch = (): {
  search: string;
  moved: boolean;
  navigate: (search: string, mode: NavigationMode) => void;
} => {
  const [search, setSearch] = useState(() => window.location.search);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    const onPopState = () => {
      setSearch(window.location.search);
      setMoved(true);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);
  const navigate = useCallback((next: string, mode: NavigationMode) => {
    const url = next === "" ? window.location.pathname : `?${next}`;
    if (mode === "push") {
      window.history.pushState(null, "", url);
      setMoved(true);
    } else {
      window.history.replaceState(null, "", url);
    }
    setSearch(next === "" ? "" : `?${next}`);
  }, []);
  return { search, moved, navigate };
};
