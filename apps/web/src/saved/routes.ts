/** Whether a path belongs to the saved-assessment pages: /saved, /saved/{id}, /portfolio. */
export const isSavedRoute = (path: string): boolean => /^\/(saved|portfolio)(\/|$)/.test(path);
