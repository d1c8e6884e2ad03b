import { describeSource, sourceHref } from "@platform-advisor/model";

/**
 * Where a statement comes from, checkable in one click: each cited document by
 * its title (and section), linked to the app's rendering of the section or to
 * the vendor's page. `href` is the API's own link for the first document,
 * when it sends one (contract v3); otherwise the registry's.
 */
export function Source({ children, href }: { children: string; href?: string | undefined }) {
  const citations = children.split("; ");
  const { documents } = describeSource(children);
  return (
    <span className="source">
      <span className="sr-only">Source: </span>
      {documents.map((document, index) => {
        const link = (index === 0 ? href : undefined) ?? sourceHref(citations[index] ?? "");
        const label = document.publisher ? `${document.publisher}: ${document.title}` : document.label;
        const full = [document.publisher, document.title, document.section].filter(Boolean).join(": ");
        return (
          <span key={`${document.label}${document.section ?? ""}`} className="source-item">
            {link ? (
              <a href={link} title={full} target="_blank" rel="noreferrer">
                {label}
              </a>
            ) : (
              <cite title={full}>{label}</cite>
            )}
          </span>
        );
      })}
    </span>
  );
}
