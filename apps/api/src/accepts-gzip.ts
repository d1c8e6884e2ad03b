/** Whether an Accept-Encoding header accepts gzip (by name or `*`) with a quality above 0. */
export const acceptsGzip = (header: string | undefined): boolean => {
  if (!header) return false;
  let accepted = false;
  for (const part of header.split(",")) {
    const [coding = "", ...parameters] = part.trim().toLowerCase().split(";");
    const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const refused = quality !== undefined && Number(quality.slice(2)) === 0;
    if (coding.trim() === "gzip") return !refused;
    if (coding.trim() === "*") accepted = !refused;
  }
  return accepted;
};
