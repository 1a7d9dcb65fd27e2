import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, in a learner's words: "This diagram", "The self-quiz". */
  readonly what: string;
  readonly children: ReactNode;
  /** For parts with nothing to show (scroll handling, shortcuts): on failure show nothing, keep the page. */
  readonly quiet?: boolean;
}

/** Contains a failure to one part of the page: the rest of the lesson keeps working. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Ring Zero: ${this.props.what} failed to render.`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      if (this.props.quiet) return null;
      return (
        <div className="error-box" role="alert">
          <p>
            <strong>{this.props.what} could not be shown.</strong> The rest of the page still works. Reloading the page
            may help.
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}
