import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { viewOf } from "./flow/url-state.ts";
import { preloadResultDetails } from "./result/result-page.tsx";
import { isSavedRoute } from "./saved/routes.ts";
import "./styles.css";

// A link to a result fetches the details' chunk at once, while the connection is idle: the page then waits for no
// more than the questions and the recommendation.
if (!isSavedRoute(window.location.pathname) && viewOf(window.location.search) === "result") preloadResultDetails();

const root = document.getElementById("root");
if (root) {
  const reactRoot = createRoot(root);
  // In slices of a few milliseconds: the first render also compiles most of React, which on a phone is one long task.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
