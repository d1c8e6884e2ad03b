import type { Answers } from "@platform-advisor/model";
import { useRef, useState } from "react";
import { ApiError, fetchReport, type ReportFormat } from "../api/client.ts";

const FORMATS: { format: ReportFormat; label: string }[] = [
  { format: "md", label: "Markdown" },
  { format: "html", label: "HTML" },
  { format: "pdf", label: "PDF" },
  { format: "json", label: "JSON" },
  { format: "adr", label: "Decision record (ADR)" },
];

type Status = { text: string; error: boolean } | undefined;

const save = (blob: Blob, filename: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** Downloads of the report in every format the API writes, and a link that restores these answers. */
export function ExportPanel({ answers, search }: { answers: Answers; search: string }) {
  const [status, setStatus] = useState<Status>(undefined);
  const [busy, setBusy] = useState<ReportFormat | undefined>(undefined);
  const [manualLink, setManualLink] = useState<string | undefined>(undefined);
  const linkRef = useRef<HTMLInputElement>(null);

  const download = async (format: ReportFormat, label: string) => {
    setBusy(format);
    setStatus({ text: `Preparing the ${label} report…`, error: false });
    try {
      const { blob, filename } = await fetchReport(answers, format);
      save(blob, filename);
      setStatus({ text: `Downloaded ${filename}.`, error: false });
    } catch (error) {
      const reason = error instanceof ApiError ? error.message : "The report could not be written.";
      setStatus({ text: `The ${label} report failed: ${reason} Try again.`, error: true });
    } finally {
      setBusy(undefined);
    }
  };

  const copyLink = async () => {
    const url = new URL(window.location.href);
    url.search = search;
    try {
      await navigator.clipboard.writeText(url.href);
      setManualLink(undefined);
      setStatus({ text: "Link copied. Anyone who opens it sees these answers and this result.", error: false });
    } catch {
      setManualLink(url.href);
      setStatus({ text: "Copying is blocked here: copy the link from the field below.", error: false });
      requestAnimationFrame(() => linkRef.current?.select());
    }
  };

  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Download and share</h2>
      <p className="export-label">
        The report opens with a one-page summary; the decision record (MADR) is ready for your repository's
        docs/decisions folder. The link restores these answers.
      </p>
      <div className="export-buttons">
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="secondary"
            disabled={busy !== undefined}
            aria-label={`Download ${label}`}
            onClick={() => download(format, label)}
          >
            {label}
          </button>
        ))}
        <button type="button" className="primary" onClick={copyLink}>
          Copy link
        </button>
      </div>
      <p className={status?.error ? "status field-error" : "status"} role="status">
        {status?.text}
      </p>
      <p className="api-link">
        Building a portal? The same recommendation is one HTTP call away: <a href="/api/docs">API reference</a>.
      </p>
      {manualLink && (
        <p>
          <label htmlFor="share-link">Link to these answers</label>
          <input id="share-link" ref={linkRef} className="share-link" readOnly value={manualLink} />
        </p>
      )}
    </section>
  );
}
