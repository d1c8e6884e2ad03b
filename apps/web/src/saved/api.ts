import type { Answers } from "@platform-advisor/model";
import { ApiError } from "../api/client.ts";
import { isProblem } from "../api/problem.ts";
import type { Assessment, AssessmentDetail, AssessmentPage, Portfolio, Workload } from "./types.ts";

const BASE = "/api/v1";
const TOKEN_KEY = "platform-advisor.token";

/** The bearer token for saved assessments: kept for this browser session only, never in localStorage. */
export const storedToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const storeToken = (token: string) => sessionStorage.setItem(TOKEN_KEY, token.trim());
export const forgetToken = () => sessionStorage.removeItem(TOKEN_KEY);

const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
  const token = storedToken();
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, { ...init, headers });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(0, undefined, "The advisor could not be reached. Check your connection and try again.");
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => undefined);
  const problem = isProblem(body) ? body : undefined;
  throw new ApiError(response.status, problem, problem?.detail ?? `The advisor answered ${response.status}.`);
};

const query = (values: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
};

export const saveAssessment = async (
  body: { workload: Workload; answers: Answers; note?: string },
  signal?: AbortSignal,
): Promise<Assessment> =>
  (
    await call("/assessments", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    })
  ).json();

export const listAssessments = async (
  filters: { workload?: string; team?: string; cursor?: string },
  signal?: AbortSignal,
): Promise<AssessmentPage> => (await call(`/assessments${query(filters)}`, signal ? { signal } : {})).json();

export const fetchAssessment = async (id: string, signal?: AbortSignal): Promise<AssessmentDetail> =>
  (await call(`/assessments/${encodeURIComponent(id)}`, signal ? { signal } : {})).json();

export const deleteAssessment = async (id: string): Promise<void> => {
  await call(`/assessments/${encodeURIComponent(id)}`, { method: "DELETE" });
};

export const fetchPortfolio = async (team: string | undefined, signal?: AbortSignal): Promise<Portfolio> =>
  (await call(`/portfolio${query({ team })}`, signal ? { signal } : {})).json();

/** Whether the server asked for a (better) token. */
export const needsToken = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 401 || error.status === 403);
