import type { Platform } from "@platform-advisor/model";

/**
 * An organisation's own platform as its profile describes it: who runs it, what it is, and the documents the profile
 * cites for it, each a link where the profile gives one. No public source covers such a platform, so these are what
 * a reader checks the recommendation against.
 */
export function OwnPlatform({ platform }: { platform: Platform }) {
  const sources = platform.sources ?? [];
  return (
    <section className="own-platform" aria-labelledby="own-platform-heading">
      <h2 className="summary-subheading" id="own-platform-heading">
        About {platform.name}
      </h2>
      <p>
        Your organisation's own platform, run by {platform.vendor}. {platform.summary}
      </p>
      {sources.length > 0 && (
        <p className="own-sources">
          <span>{sources.length === 1 ? "Its document:" : "Its documents:"}</span>{" "}
          {sources.map((source) => (
            <span key={source.title} className="source-item">
              {source.href ? (
                <a href={source.href} target="_blank" rel="noreferrer">
                  {source.title}
                </a>
              ) : (
                <cite>{source.title}</cite>
              )}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
