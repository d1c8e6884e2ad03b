import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ExportPanel } from "./export-panel.tsx";

/** Replaces the clipboard; after userEvent.setup(), which installs its own. */
const useClipboard = (writeText: (text: string) => Promise<void>) =>
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the export panel", () => {
  it("copies the link that restores these answers", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    useClipboard(writeText);
    render(<ExportPanel answers={{ teamSize: 5 }} search="view=result&teamSize=5" />);
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?view=result&teamSize=5`);
    expect(screen.getByRole("status").textContent).toMatch(/^Link copied\./);
  });

  it("shows the link to copy by hand when the clipboard is blocked", async () => {
    const user = userEvent.setup();
    useClipboard(async () => Promise.reject(new Error("denied")));
    render(<ExportPanel answers={{ teamSize: 5 }} search="view=result&teamSize=5" />);
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    const field = await screen.findByRole<HTMLInputElement>("textbox", { name: "Link to these answers" });
    expect(field.value).toBe(`${window.location.origin}/?view=result&teamSize=5`);
  });

  it("says which report failed and why, and enables the buttons again", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        Response.json({ title: "Too Many Requests", status: 429, detail: "Slow down." }, { status: 429 }),
      ),
    );
    const user = userEvent.setup();
    render(<ExportPanel answers={{ teamSize: 5 }} search="view=result&teamSize=5" />);
    await user.click(screen.getByRole("button", { name: "Download PDF" }));
    expect((await screen.findByText(/^The PDF report failed/)).textContent).toBe(
      "The PDF report failed: Slow down. Try again.",
    );
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Download PDF" }).disabled).toBe(false);
    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe("/api/v1/reports?format=pdf");
  });
});
