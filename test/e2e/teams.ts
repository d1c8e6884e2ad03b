/** Three different teams whose result pages are measured and photographed (issue 8). */
export const TEAMS = {
  "aws-team": "teamSize=25&containerCount=60&hosting=aws",
  "small-on-prem": "teamSize=3&containerCount=8&hosting=on-prem",
  "multi-cloud": "teamSize=40&containerCount=300&hosting=aws,gcp&highAvailability=true&scaling=automatic",
} as const;

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** The longest the result may be by default, in screen heights. */
export const MAX_SCREENS = { desktop: 3, phone: 5 } as const;

/** The four people of issue 18, as address-bar answers and as the API's answers. */
export const PEOPLE = {
  "gcp-startup": {
    query: "teamSize=7&containerCount=20&hosting=gcp&scaling=automatic",
    answers: { teamSize: 7, containerCount: 20, hosting: ["gcp"], scaling: "automatic" },
  },
  insurer: {
    query:
      "teamSize=45&containerCount=400&hostCount=40&hosting=on-prem,azure&highAvailability=true&zeroDowntimeDeploys=true&workloads=stateless,stateful",
    answers: {
      teamSize: 45,
      containerCount: 400,
      hostCount: 40,
      hosting: ["on-prem", "azure"],
      highAvailability: true,
      zeroDowntimeDeploys: true,
      workloads: ["stateless", "stateful"],
    },
  },
  "solo-vps": {
    query: "teamSize=1&containerCount=4&hostCount=1&hosting=other-cloud",
    answers: { teamSize: 1, containerCount: 4, hostCount: 1, hosting: ["other-cloud"] },
  },
  retailer: {
    query: "teamSize=20&containerCount=6000&hostCount=1500&hosting=edge,azure&highAvailability=false",
    answers: {
      teamSize: 20,
      containerCount: 6000,
      hostCount: 1500,
      hosting: ["edge", "azure"],
      highAvailability: false,
    },
  },
} as const;
