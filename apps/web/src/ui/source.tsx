/** Where a statement comes from: a seed document's section or a public document's title. */
export function Source({ children }: { children: string }) {
  return (
    <span className="source">
      Source: <cite>{children}</cite>
    </span>
  );
}
