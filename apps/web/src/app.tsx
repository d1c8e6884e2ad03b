import { lazy, Suspense, useRef } from "react";
import { Advisor } from "./advisor.tsx";
import { fetchQuestions, type QuestionSet } from "./api/client.ts";
import { useAsync } from "./hooks/use-async.ts";
import { isSavedRoute } from "./saved/routes.ts";
import { ChunkBoundary } from "./ui/chunk-boundary.tsx";
import { ErrorPanel } from "./ui/error-panel.tsx";
import { Loading } from "./ui/loading.tsx";

const SavedRoutes = lazy(() => import("./saved/saved-routes.tsx"));

/**
 * The page frame: the questionnaire, or (lazy-loaded) the saved assessments and the portfolio. `questionsRequest` is
 * the questionnaire's request when main.tsx sent it before the first render.
 */
export function App({ questionsRequest }: { questionsRequest?: Promise<QuestionSet> | undefined }) {
  const saved = isSavedRoute(window.location.pathname);
  return (
    <>
      <header className="site-header">
        <a href="/" className="brand">
          Platform Advisor
        </a>
        <nav className="site-nav" aria-label="Saved work">
          <a href="/saved">Saved</a>
          <a href="/portfolio">Portfolio</a>
        </nav>
      </header>
      <main id="main">
        {saved ? (
          <ChunkBoundary title="This page could not be loaded.">
            <Suspense fallback={<Loading>Loading…</Loading>}>
              <SavedRoutes path={window.location.pathname} search={window.location.search} />
            </Suspense>
          </ChunkBoundary>
        ) : (
          <Questionnaire request={questionsRequest} />
        )}
      </main>
    </>
  );
}

/** The questionnaire comes from the API before anything else can happen; a retry asks again. */
function Questionnaire({ request }: { request: Promise<QuestionSet> | undefined }) {
  const early = useRef(request);
  const questions = useAsync((signal) => {
    const pending = early.current ?? fetchQuestions(signal);
    early.current = undefined;
    return pending;
  }, "questions");
  return (
    <>
      {questions.status !== "done" && <h1>Find the container platform that fits your team</h1>}
      {questions.status === "loading" && <Loading>Loading the questionnaire…</Loading>}
      {questions.status === "error" && (
        <ErrorPanel title="The questionnaire could not be loaded." error={questions.error} onRetry={questions.retry} />
      )}
      {questions.status === "done" && (
        <Advisor questions={questions.data.questions} customQuestions={questions.data.customQuestions} />
      )}
    </>
  );
}
