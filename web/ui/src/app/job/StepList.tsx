// The pipeline's steps as they happen: each with what it made and the time it took; rendering with a bar,
// frames rendered of the total and the time left.
import React from 'react';
import { formatSeconds } from '../format';
import type { JobStream, StepState } from './useJobStream';

type Row = { label: string; names: string[] };

const ROWS: Row[] = [
  { label: 'Gathering data', names: ['gathering_context'] },
  { label: 'Script', names: ['generating_script'] },
  { label: 'Images', names: ['generating_assets'] },
  { label: 'Voice-over', names: ['generating_voice'] },
  { label: 'Composition', names: ['generating_code'] },
  { label: 'Frame checks', names: ['checking_stills'] },
  { label: 'Rendering', names: ['rendering', 'publishing'] },
];

type RowState = 'waiting' | 'running' | 'done' | 'failed' | 'skipped' | 'unreached';

const rowState = (steps: StepState[], stream: JobStream, later: boolean): RowState => {
  if (steps.length === 0) return later || stream.completed ? 'skipped' : stream.error ? 'unreached' : 'waiting';
  if (steps.some((step) => step.ok === false) && stream.error) return 'failed';
  if (steps.some((step) => step.seconds === null)) return stream.error ? 'failed' : 'running';
  return 'done';
};

const STATE_WORDS: Record<RowState, string> = {
  waiting: 'Waiting',
  running: 'Working…',
  done: 'Done',
  failed: 'Failed',
  skipped: 'Skipped',
  unreached: 'Not reached',
};

// A job that failed before any of its steps reported a failure (say, while starting one) shows the failure
// on the first step it did not reach, not "Not reached" on every one.
const withFailure = (states: RowState[]): RowState[] => {
  if (states.includes('failed')) return states;
  const first = states.indexOf('unreached');
  return first < 0 ? states : states.map((state, index) => (index === first ? 'failed' : state));
};

export const StepList: React.FC<{ stream: JobStream }> = ({ stream }) => {
  const started = (row: Row): StepState[] => stream.steps.filter((step) => row.names.includes(step.name));
  const states = withFailure(
    ROWS.map((row, index) => {
      const later = ROWS.slice(index + 1).some((next) => started(next).length > 0);
      return rowState(started(row), stream, later);
    }),
  );
  return (
    <ol className="steps" aria-label="Progress">
      {ROWS.map((row, index) => {
        const steps = started(row);
        const state = states[index];
        const seconds = steps.reduce((sum, step) => sum + (step.seconds ?? 0), 0);
        const finished = steps.filter((step) => step.seconds !== null);
        const detail = (finished.length ? finished[finished.length - 1] : steps[steps.length - 1])?.detail ?? '';
        const render = row.label === 'Rendering' ? stream.render : null;
        return (
          <li key={row.label} className={`step step-${state}`} data-step={row.label} data-state={state}>
            <span className="step-mark" aria-hidden="true" />
            <span className="step-label">{row.label}</span>
            <span className="step-state">{STATE_WORDS[state]}</span>
            <span className="step-detail">
              {detail}
              {state === 'done' && seconds > 0 ? ` · ${formatSeconds(seconds)}` : ''}
            </span>
            {render && state !== 'skipped' ? (
              <span className="render-progress">
                <progress max={1} value={render.fraction} aria-label="Rendering progress" />
                <span>
                  {render.framesTotal ? `${render.framesRendered} of ${render.framesTotal} frames` : `${Math.round(render.fraction * 100)} %`}
                  {render.fraction < 1 && render.secondsLeft !== null ? ` · about ${formatSeconds(render.secondsLeft)} left` : ''}
                </span>
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
};
