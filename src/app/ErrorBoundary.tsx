import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the part that failed, for the message. */
  where: string;
  children: ReactNode;
  /** Changing this key clears the error (e.g. a new scenario or new parameters). */
  resetKey?: string;
}

interface State {
  error: Error | null;
}

/** Turns a crash below it into a message with a way out: never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the page itself shows a readable message.
    console.warn(`[${this.props.where}]`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <h2>Something went wrong in {this.props.where}</h2>
        <p>{error.message || 'An unexpected error.'}</p>
        <p>
          Your settings are still in the address bar. You can try again, or start from the defaults.
        </p>
        <div className="row">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <a className="button" href="#/">
            Back to all simulations
          </a>
        </div>
      </div>
    );
  }
}
