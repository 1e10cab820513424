import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** A new value (after starting afresh, or to try again) clears a caught error and renders the children again. */
  resetKey: number;
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

/** Keeps a note that cannot be shown from taking the whole window down with it. */
export class NoteErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A note could not be shown:', error, info.componentStack);
  }

  componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
