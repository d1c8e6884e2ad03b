import { type FormEvent, useId, useState } from "react";
import { ApiError } from "../api/client.ts";
import { storeToken } from "./api.ts";

/**
 * Asks for an API token when the server answered 401 (or 403 for a read-only token on a write).
 * The token is kept in sessionStorage: it is gone when the browser session ends.
 */
export function TokenPrompt({ error, onToken }: { error: unknown; onToken: () => void }) {
  const id = useId();
  const [token, setToken] = useState("");
  const forbidden = error instanceof ApiError && error.status === 403;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim() === "") return;
    storeToken(token);
    onToken();
  };
  return (
    <form className="card token-prompt" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{forbidden ? "This token may only read" : "A token is needed"}</h2>
      <p>
        {forbidden
          ? "Saving and deleting need a token with the write scope. Ask the platform team for one."
          : "Saved assessments describe your company's systems, so this server asks for an API token."}{" "}
        It is kept for this browser session only.
      </p>
      <label htmlFor={`${id}-token`}>API token</label>
      <input
        id={`${id}-token`}
        type="password"
        autoComplete="off"
        value={token}
        onChange={(event) => setToken(event.target.value)}
        required
      />
      <div className="actions">
        <button type="submit">Use this token</button>
      </div>
    </form>
  );
}
