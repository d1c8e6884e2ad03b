/** File names of the source documents in ../shared/seeds; every rule and fact cites one of them or a named public guide. */
export const Seed = {
  whyOrchestration: "000_f9f75e15275d733c.txt",
  whatIsOrchestration: "001_5c85ba343c4f09a6.txt",
  orchestrationChapter: "002_4683bd5b26358492.txt",
  orchestrationNote: "003_f0ae5b987c050a3a.txt",
  orchestrationAndBeyond: "004_d181c29a59f1c81b.txt",
} as const;

/** A citation: a seed file with its section, or a public document's title. */
export const cite = (file: string, section: string): string => `${file}: ${section}`;
