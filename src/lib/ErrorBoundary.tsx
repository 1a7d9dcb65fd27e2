import { Component, type ErrorInfo, type ReactNode } from 'react';
import { reloadForNewBuild, willReloadFor } from './stale-build';

interface Props {
  /** What failed, in a learner's words: "This diagram", "The self-quiz". */
  readonly what: string;
  readonly children: ReactNode;
  /** For parts with nothing to show (scroll handling, shortcuts): on failure show nothing, keep the page. */
  readonly quiet?: boolean;
}

interface State {
  readonly error: Error | null;
  /** The failure is a chunk of an older build, gone after a deployment: the page reloads (once). */
  readonly reloading: boolean;
}

/** Contains a failure to one part of the page: the rest of the lesson keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, reloading: false };

  static getDerivedStateFromError(error: Error): State {
    return { error, reloading: willReloadFor(error) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    if (reloadForNewBuild(error)) return;
    console.error(`Ring Zero: ${this.props.what} failed to render.`, error, info.componentStack);
  }

  override render() {
    if (this.state.reloading)
      return this.props.quiet ? null : (
        <p className="loading" role="status">
          A new version of the course is out: loading it…
        </p>
      );
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
