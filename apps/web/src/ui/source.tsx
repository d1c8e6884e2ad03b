import { describeSource } from "@platform-advisor/model";

/**
 * Where a statement comes from, as a short reference that opens the full one:
 * the document's title, the section and, for public documents, a link.
 */
export function Source({ children }: { children: string }) {
  const source = describeSource(children);
  return (
    <details className="source">
      <summary>
        <span className="sr-only">Source: </span>
        {source.label}
      </summary>
      <ul>
        {source.documents.map((document) => (
          <li key={`${document.label}${document.section ?? ""}`}>
            {document.publisher && `${document.publisher}: `}
            {document.url ? (
              <a href={document.url} target="_blank" rel="noreferrer">
                {document.title}
              </a>
            ) : (
              <cite>{document.title}</cite>
            )}
            {document.section && <>, section “{document.section}”</>}
          </li>
        ))}
      </ul>
    </details>
  );
}
