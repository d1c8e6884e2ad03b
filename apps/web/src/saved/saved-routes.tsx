import { AssessmentPage } from "./assessment-page.tsx";
import { PortfolioPage } from "./portfolio-page.tsx";
import { SavedList } from "./saved-list.tsx";

/** The saved-assessment pages, by path; lazy-loaded so the questionnaire's first load does not carry them. */
export default function SavedRoutes({ path, search }: { path: string; search: string }) {
  const params = new URLSearchParams(search);
  const id = /^\/saved\/([^/]+)\/?$/.exec(path)?.[1];
  if (id !== undefined) return <AssessmentPage id={decodeURIComponent(id)} />;
  if (path.startsWith("/portfolio")) return <PortfolioPage search={params} />;
  return <SavedList search={params} />;
}
