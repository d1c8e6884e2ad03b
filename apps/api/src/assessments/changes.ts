import type { AnyPlatformId, AssessmentChanges, ReasonChange, Recommendation } from "@platform-advisor/model";

/** What changed for one decision between the time it was saved and today. */
export type Changes = AssessmentChanges;

const reasonKey = (platform: AnyPlatformId, reason: { text: string; impact: number | null; source: string }) =>
  JSON.stringify([platform, reason.text, reason.impact, reason.source]);

const reasonsOf = (recommendation: Recommendation): Map<string, ReasonChange> =>
  new Map(
    recommendation.ranking.flatMap((entry) =>
      entry.reasons.map((reason) => [
        reasonKey(entry.platform, reason),
        { platform: entry.platform, text: reason.text, impact: reason.impact, source: reason.source },
      ]),
    ),
  );

/**
 * Compares a stored recommendation with today's for the same answers: the recommended platform,
 * each platform's score and eligibility, and the reasons (platform, text, impact and source) that
 * appeared or went. Undefined when the result is the same, whatever the ruleset versions say.
 */
export const compareRecommendations = (before: Recommendation, after: Recommendation): Changes | undefined => {
  const scoresAfter = new Map(after.ranking.map((entry) => [entry.platform, entry]));
  const scores = before.ranking.flatMap((entry) => {
    const now = scoresAfter.get(entry.platform);
    if (!now || (now.score === entry.score && now.eligible === entry.eligible)) return [];
    return [
      {
        platform: entry.platform,
        before: entry.score,
        after: now.score,
        eligibleBefore: entry.eligible,
        eligibleAfter: now.eligible,
      },
    ];
  });
  const was = reasonsOf(before);
  const is = reasonsOf(after);
  const added = [...is].filter(([key]) => !was.has(key)).map(([, reason]) => reason);
  const removed = [...was].filter(([key]) => !is.has(key)).map(([, reason]) => reason);
  if (before.recommended === after.recommended && scores.length === 0 && added.length + removed.length === 0) {
    return undefined;
  }
  return {
    recommended: { before: before.recommended, after: after.recommended },
    rulesetVersion: { before: before.rulesetVersion, after: after.rulesetVersion },
    profile: { before: before.profile ?? null, after: after.profile ?? null },
    scores,
    reasons: { added, removed },
  };
};
