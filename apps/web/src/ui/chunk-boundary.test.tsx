import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { lazy, Suspense } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChunkBoundary } from "./chunk-boundary.tsx";

afterEach(cleanup);

describe("a lazily loaded part of the page", () => {
  it("says in place that it could not be loaded, and offers a retry, when its file cannot be fetched", async () => {
    const Missing = lazy(() => Promise.reject(new TypeError("Failed to fetch dynamically imported module")));
    const onRetry = vi.fn();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <main>
        <h1>Recommendation: Docker Swarm</h1>
        <ChunkBoundary title="The details could not be loaded." onRetry={onRetry}>
          <Suspense fallback={null}>
            <Missing />
          </Suspense>
        </ChunkBoundary>
      </main>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The details could not be loaded.");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Recommendation: Docker Swarm");
    await userEvent.setup().click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("draws the part itself when it loads", async () => {
    const Present = lazy(async () => ({ default: () => <p>The decision tree</p> }));
    render(
      <ChunkBoundary title="The details could not be loaded.">
        <Suspense fallback={null}>
          <Present />
        </Suspense>
      </ChunkBoundary>,
    );
    expect(await screen.findByText("The decision tree")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
