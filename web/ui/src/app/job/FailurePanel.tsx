import React, { useState } from 'react';
import { api } from '../api';
import { navigate } from '../router';

export const FailurePanel: React.FC<{ jobId: number; error: string; onRetried: () => void }> = ({ jobId, error, onRetried }) => {
  const [problem, setProblem] = useState('');
  const retry = async (template: boolean): Promise<void> => {
    setProblem('');
    try {
      const next = await api.retry(jobId, template);
      if (next.job_id === jobId) onRetried();
      else navigate(`/jobs/${next.job_id}`);
    } catch (caught) {
      setProblem(caught instanceof Error ? caught.message : 'The retry could not be queued.');
    }
  };
  return (
    <section role="alert" className="card failure" aria-labelledby="failure-title">
      <h2 id="failure-title">This video could not be made</h2>
      <p>{error}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void retry(false)}>
          Retry
        </button>
        <button type="button" onClick={() => void retry(true)}>
          Try with template
        </button>
      </div>
      {problem ? <p className="error">{problem}</p> : null}
    </section>
  );
};
