import React from 'react';
import { AbsoluteFill } from 'remotion';
import { F } from '../theme';

/** Marks a console line the engine turns into a structured runtime error for Python. */
export const RENDER_ERROR_MARKER = 'PPR_RENDER_ERROR';

export const reportRenderError = (frame: number, message: string): void => {
  console.error(`${RENDER_ERROR_MARKER} ${JSON.stringify({ frame, message })}`);
};

export const RenderErrorFrame: React.FC<{ message: string }> = ({ message }) => (
  <AbsoluteFill
    style={{
      backgroundColor: '#000000',
      color: '#FFFFFF',
      fontFamily: F,
      justifyContent: 'center',
      alignItems: 'center',
      padding: '8%',
      textAlign: 'center',
      gap: 24,
    }}
  >
    <div style={{ fontSize: 64, fontWeight: 800 }}>Render Error</div>
    <div style={{ fontSize: 28, color: '#A1A1B5', wordBreak: 'break-word' }}>{message}</div>
  </AbsoluteFill>
);

interface BoundaryProps {
  frame: number;
  children: React.ReactNode;
}

interface BoundaryState {
  error: string | null;
  errorFrame: number | null;
}

/**
 * Shows the error frame instead of letting a crash in generated code kill the render. The boundary resets on
 * every new frame, so a composition that throws only at frame 40 still renders frame 41.
 */
export class RenderErrorBoundary extends React.Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, errorFrame: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (state.error !== null && state.errorFrame !== null && state.errorFrame !== props.frame) {
      return { error: null, errorFrame: null };
    }
    return null;
  }

  componentDidCatch(error: unknown): void {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    reportRenderError(this.props.frame, message);
    this.setState({ errorFrame: this.props.frame });
  }

  render(): React.ReactNode {
    return this.state.error === null ? this.props.children : <RenderErrorFrame message={this.state.error} />;
  }
}
