/** Three different teams whose result pages are measured and photographed (issue 8). */
export const TEAMS = {
  "aws-team": "teamSize=25&containerCount=60&hosting=aws",
  "small-on-prem": "teamSize=3&containerCount=8&hosting=on-prem",
  "multi-cloud": "teamSize=40&containerCount=300&hosting=aws,gcp&highAvailability=true&scaling=automatic",
} as const;

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** The longest the result may be by default, in screen heights. */
export const MAX_SCREENS = { desktop: 3, phone: 5 } as const;
