import { Component, type ReactNode } from "react";
import { ErrorPanel } from "./error-panel.tsx";

interface Props {
  /** What could not be shown, as the panel's title. */
  title: string;
  /** Defaults to reloading the page: React keeps a failed import's error, and a new release renames the files. */
  onRetry?: () => void;
  children: ReactNode;
}

/**
 * Around a lazily loaded part of the page: when its file cannot be fetched (offline, or a new release has replaced
 * it), says so in place, where React would otherwise take the whole page down.
 */
export class ChunkBoundary extends Component<Props, { failed: boolean; error: unknown }> {
  override state = { failed: false, error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const retry = this.props.onRetry ?? (() => window.location.reload());
    return <ErrorPanel title={this.props.title} error={this.state.error} onRetry={retry} />;
  }
}
