import type { Answers } from "@platform-advisor/model";
import { ApiError, send } from "../api/client.ts";
import type { Assessment, AssessmentDetail, AssessmentPage, Portfolio, Workload } from "./types.ts";

const TOKEN_KEY = "platform-advisor.token";

/** The bearer token for saved assessments: kept for this browser session only, never in localStorage. */
export const storedToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const storeToken = (token: string) => sessionStorage.setItem(TOKEN_KEY, token.trim());

const call = (path: string, init: RequestInit = {}): Promise<Response> => {
  const token = storedToken();
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  return send(path, { ...init, headers });
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
