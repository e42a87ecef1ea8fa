import React from 'react';
import type { VideoDetails } from '../api';

export const ScriptNotes: React.FC<{ details: VideoDetails }> = ({ details }) => (
  <section aria-labelledby="script-title" className="card">
    <h2 id="script-title">Script and notes</h2>
    {details.script ? (
      <details className="script">
        <summary>Script ({details.script.scenes.length} scenes)</summary>
        <ol>
          {details.script.scenes.map((scene) => (
            <li key={scene.id}>
              <strong>{scene.headline ?? scene.id}</strong> <span className="hint">{scene.duration} s</span>
              {scene.subhead ? <p>{scene.subhead}</p> : null}
              {scene.bulletPoints?.length ? (
                <ul>
                  {scene.bulletPoints.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    ) : (
      <p className="hint">The script appears here once it is written.</p>
    )}
    <h3>Notes</h3>
    {details.notes.length ? (
      <ul className="notes">
        {details.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    ) : (
      <p className="hint">No notes for this version.</p>
    )}
  </section>
);
