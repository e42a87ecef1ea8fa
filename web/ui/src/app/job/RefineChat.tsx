// The refine chat: each later version of the thread is a turn (the creator's words, what the version changed);
// Regenerate queues the next version from this one.
import React, { useState } from 'react';
import { api } from '../api';
import { navigate } from '../router';

export type Turn = { jobId: number; feedback: string; change: string; status: string };

export const RefineChat: React.FC<{ jobId: number; turns: Turn[]; canRefine: boolean }> = ({ jobId, turns, canRefine }) => {
  const [feedback, setFeedback] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (!feedback.trim()) {
      setError('Say what to change first, for example “make the hook more aggressive”.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      const next = await api.iterate(jobId, feedback.trim());
      setFeedback('');
      navigate(`/jobs/${next.job_id}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The new version could not be queued.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="refine-title" className="card refine">
      <h2 id="refine-title">Make changes</h2>
      {turns.length ? (
        <ol className="chat" aria-label="Refine chat">
          {turns.map((turn) => (
            <li key={turn.jobId}>
              <p className="bubble creator">
                <span className="who">You</span> {turn.feedback}
              </p>
              <p className="bubble studio">
                <span className="who">Studio</span> {turn.change}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">Tell the Studio what to change, and it makes the next version from this one.</p>
      )}
      <form onSubmit={(event) => void submit(event)} className="refine-form">
        <label htmlFor="refine">Refine</label>
        <textarea
          id="refine"
          rows={2}
          maxLength={1000}
          value={feedback}
          onChange={(e) => setFeedback(e.target.value)}
          placeholder="Make the hook more aggressive"
          disabled={!canRefine}
        />
        <p role="alert" className="error">
          {error}
        </p>
        <button type="submit" className="primary" disabled={busy || !canRefine} aria-busy={busy}>
          Regenerate
        </button>
        {!canRefine ? <p className="hint">You can refine a version once it is finished.</p> : null}
      </form>
    </section>
  );
};
