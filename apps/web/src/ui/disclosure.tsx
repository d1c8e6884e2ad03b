import { type ReactNode, useState } from "react";

interface Props {
  id: string;
  title: string;
  /** A few words after the title that say what is inside ("3 platforms"). */
  hint?: string;
  /** Opened from outside (a link to it); the reader can still close it. */
  open?: boolean;
  onToggle?: (open: boolean) => void;
  children: ReactNode;
}

/**
 * A detail section, collapsed until asked for: a native <details>, so it opens
 * by keyboard with no script. Its content is drawn on first opening, so a
 * closed chart costs nothing.
 */
export function Disclosure({ id, title, hint, open = false, onToggle, children }: Props) {
  const [opened, setOpened] = useState(open);
  return (
    <details
      className="card disclosure"
      id={id}
      open={open || undefined}
      onToggle={(event) => {
        const isOpen = event.currentTarget.open;
        if (isOpen) setOpened(true);
        onToggle?.(isOpen);
      }}
    >
      <summary>
        <h2 id={`${id}-heading`}>{title}</h2>
        {hint && <span className="hint">{hint}</span>}
      </summary>
      <div className="disclosure-body">{(opened || open) && children}</div>
    </details>
  );
}
