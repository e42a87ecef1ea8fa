// A job's progress, live: its server-sent events (web/routes/video_events.py) folded into what the page shows.
// A late subscriber gets everything that already happened first, so the state is built from events alone.
import { useEffect, useReducer } from 'react';
import type { Video } from '../api';

export type StepState = { name: string; detail: string; seconds: number | null; ok: boolean | null; startedAt: number };
export type RenderState = {
  fraction: number;
  framesRendered: number;
  framesTotal: number;
  secondsLeft: number | null;
  /** When this page saw the render at `startFraction` (a late subscriber sees the replay first). */
  startedAt: number;
  startFraction: number;
};

export type JobStream = {
  status: string;
  progress: number;
  steps: StepState[];
  render: RenderState | null;
  previewReady: boolean;
  completed: boolean;
  error: string | null;
  /** Bumped on every completed/failed so the page reloads the job. */
  finishedAt: number;
};

type Action =
  | { type: 'status'; status: string; progress: number }
  | { type: 'step_started'; step: string; detail: string }
  | { type: 'step_finished'; step: string; detail: string; seconds: number; ok: boolean }
  | { type: 'render_progress'; fraction: number; frames_rendered: number; frames_total: number }
  | { type: 'preview_ready' }
  | { type: 'completed' }
  | { type: 'failed'; error: string };

const initial: JobStream = {
  status: 'queued',
  progress: 0,
  steps: [],
  render: null,
  previewReady: false,
  completed: false,
  error: null,
  finishedAt: 0,
};

const reduce = (state: JobStream, action: Action): JobStream => {
  switch (action.type) {
    case 'status':
      // A retried job starts over.
      return action.status === 'queued'
        ? { ...initial, status: 'queued' }
        : { ...state, status: action.status, progress: action.progress };
    case 'step_started':
      return {
        ...state,
        steps: [...state.steps, { name: action.step, detail: action.detail, seconds: null, ok: null, startedAt: performance.now() }],
      };
    case 'step_finished': {
      const steps = [...state.steps];
      const index = steps.map((step) => step.name === action.step && step.seconds === null).lastIndexOf(true);
      if (index >= 0) steps[index] = { ...steps[index], detail: action.detail, seconds: action.seconds, ok: action.ok };
      return { ...state, steps };
    }
    case 'render_progress': {
      const now = performance.now();
      const restart = !state.render || action.fraction < state.render.startFraction;
      const startedAt = restart ? now : (state.render?.startedAt ?? now);
      const startFraction = restart ? action.fraction : (state.render?.startFraction ?? action.fraction);
      // The time left at the pace seen so far on this page.
      const done = action.fraction - startFraction;
      const elapsed = (now - startedAt) / 1000;
      const secondsLeft = done > 0.01 && elapsed > 0.5 ? (elapsed / done) * (1 - action.fraction) : null;
      return {
        ...state,
        render: {
          fraction: action.fraction,
          framesRendered: action.frames_rendered,
          framesTotal: action.frames_total,
          secondsLeft,
          startedAt,
          startFraction,
        },
      };
    }
    case 'preview_ready':
      return { ...state, previewReady: true };
    case 'completed':
      return { ...state, completed: true, status: 'completed', progress: 100, finishedAt: performance.now() };
    case 'failed':
      return { ...state, error: action.error, status: 'failed', finishedAt: performance.now() };
  }
};

const EVENT_NAMES = ['status', 'step', 'render_progress', 'preview', 'completed', 'failed'] as const;

export const useJobStream = (jobId: number, enabled: boolean): JobStream => {
  const [state, dispatch] = useReducer(reduce, initial);
  useEffect(() => {
    if (!enabled) return undefined;
    const source = new EventSource(`/api/videos/${jobId}/events`);
    const listeners = EVENT_NAMES.map((name) => {
      const listener = (event: MessageEvent<string>): void => {
        const data = JSON.parse(event.data) as { type: string; [key: string]: unknown };
        if (data.type === 'failed') {
          dispatch({ type: 'failed', error: String(data.error ?? 'The video could not be made.') });
        } else {
          dispatch(data as Action);
        }
        if (name === 'completed' || name === 'failed') {
          // The stream ends here; without close() the browser would reconnect for nothing. (A job retried
          // after its stream ended is followed by polling: see streamOfVideo.)
          source.close();
        }
      };
      source.addEventListener(name, listener as EventListener);
      return listener;
    });
    return () => {
      EVENT_NAMES.forEach((name, index) => source.removeEventListener(name, listeners[index] as EventListener));
      source.close();
    };
  }, [jobId, enabled]);
  return state;
};

const FINISHED = ['completed', 'failed', 'cancelled'];

/** The job's state from GET /api/videos/{id}, for a job retried after its stream ended (a new stream would
 * replay up to the old `failed` and stop there). */
export const streamOfVideo = (video: Video): JobStream => ({
  status: video.status,
  progress: video.progress,
  steps: video.steps.map((step) => ({ ...step, startedAt: 0 })),
  render:
    video.render_progress === null
      ? null
      : { fraction: video.render_progress, framesRendered: 0, framesTotal: 0, secondsLeft: null, startedAt: 0, startFraction: 0 },
  // The composition validated before the render started.
  previewReady: video.status === 'rendering' || video.status === 'completed',
  completed: video.status === 'completed',
  error: video.status === 'failed' ? (video.error ?? 'The video could not be made.') : null,
  finishedAt: 0,
});

/** True when the ended stream no longer tells the job's state (it was retried since). */
export const streamIsStale = (stream: JobStream, video: Video | null): boolean => {
  if (!video || !(stream.completed || stream.error !== null)) return false;
  return video.status !== (stream.completed ? 'completed' : 'failed') || !FINISHED.includes(video.status);
};
