import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { fetchQuestions } from "./api/client.ts";
import { App } from "./app.tsx";
import { viewOf } from "./flow/url-state.ts";
import { preloadResultDetails } from "./result/result-page.tsx";
import { isSavedRoute } from "./saved/routes.ts";
import "./styles.css";

// What the questionnaire and the result need first is asked for before React's first render: the questions, and for a
// link to a result the details' chunk, so that the page then waits for no more than them and the recommendation.
const advisor = !isSavedRoute(window.location.pathname);
const questionsRequest = advisor ? fetchQuestions() : undefined;
// Handled where it is awaited; this keeps a failure that comes before then from counting as unhandled.
questionsRequest?.catch(() => undefined);
if (advisor && viewOf(window.location.search) === "result") preloadResultDetails();

const root = document.getElementById("root");
if (root) {
  const reactRoot = createRoot(root);
  // In slices of a few milliseconds: the first render also compiles most of React, which on a phone is one long task.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App questionsRequest={questionsRequest} />
      </StrictMode>,
    ),
  );
}
