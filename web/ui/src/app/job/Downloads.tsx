import React from 'react';

export const Downloads: React.FC<{ files: Record<string, string> }> = ({ files }) => {
  const captioned = files['video-captioned.mp4'];
  return (
    <section aria-labelledby="downloads-title" className="card">
      <h2 id="downloads-title">Downloads</h2>
      <ul className="downloads">
        <li>
          <a className="button" href={files['video.mp4']} download>
            Download MP4
          </a>
        </li>
        <li>
          {captioned ? (
            <a className="button" href={captioned} download>
              Download MP4 with subtitles
            </a>
          ) : (
            <span className="button disabled" aria-disabled="true" title="This version was rendered without burned-in subtitles">
              Download MP4 with subtitles
            </span>
          )}
        </li>
        <li>
          {files['subtitles.srt'] ? (
            <a className="button" href={files['subtitles.srt']} download>
              Download SRT
            </a>
          ) : (
            <span className="button disabled" aria-disabled="true" title="This version has no voice-over, so no subtitles">
              Download SRT
            </span>
          )}
        </li>
      </ul>
      {!captioned ? <p className="hint">This version has no MP4 with burned-in subtitles.</p> : null}
    </section>
  );
};
