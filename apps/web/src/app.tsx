import { Advisor } from "./advisor.tsx";
import { fetchQuestions } from "./api/client.ts";
import { useAsync } from "./hooks/use-async.ts";
import { ErrorPanel } from "./ui/error-panel.tsx";
import { Loading } from "./ui/loading.tsx";

/** The page frame; the questionnaire comes from the API before anything else can happen. */
export function App() {
  const questions = useAsync(fetchQuestions, "questions");
  return (
    <>
      <header className="site-header">
        <a href="/" className="brand">
          Platform Advisor
        </a>
      </header>
      <main id="main">
        {questions.status !== "done" && <h1>Find the container platform that fits your team</h1>}
        {questions.status === "loading" && <Loading>Loading the questionnaire…</Loading>}
        {questions.status === "error" && (
          <ErrorPanel
            title="The questionnaire could not be loaded."
            error={questions.error}
            onRetry={questions.retry}
          />
        )}
        {questions.status === "done" && <Advisor questions={questions.data} />}
      </main>
    </>
  );
}
