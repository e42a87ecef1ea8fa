// Captions and hashtags for each platform, ready to paste.
import React, { useState } from 'react';
import type { Captions } from '../api';
import { copyText } from './clipboard';

export const PLATFORM_NAMES: Record<string, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube_shorts: 'YouTube Shorts',
  x: 'X',
};

export const hashtagsIn = (caption: string): string[] => caption.match(/#[\p{L}\p{N}_]+/gu) ?? [];

export const ShareCopy: React.FC<{ captions: Captions }> = ({ captions }) => {
  const [copied, setCopied] = useState('');
  const copy = async (what: string, text: string): Promise<void> => {
    setCopied((await copyText(text)) ? `${what} copied.` : `${what} could not be copied: select it and copy it by hand.`);
  };
  return (
    <section aria-labelledby="share-title" className="card">
      <h2 id="share-title">Captions</h2>
      <div className="share-grid">
        {(['instagram', 'tiktok', 'x'] as const).map((platform) => {
          const caption = captions[platform];
          // The caption's own hashtags; for a caption without any (X's, often), the video's first few.
          const own = hashtagsIn(caption);
          const tags = own.length ? own : captions.hashtags.slice(0, 3).map((tag) => `#${tag}`);
          const name = PLATFORM_NAMES[platform];
          return (
            <div key={platform} role="group" aria-label={name} className="share">
              <h3>{name}</h3>
              <p className="caption-text">{caption}</p>
              <div className="button-row">
                <button type="button" onClick={() => void copy(`${name} caption`, caption)}>
                  Copy caption
                </button>
                <button type="button" disabled={tags.length === 0} onClick={() => void copy(`${name} hashtags`, tags.join(' '))}>
                  Copy hashtags
                </button>
              </div>
            </div>
          );
        })}
      </div>
      <p role="status" className="hint">
        {copied}
      </p>
    </section>
  );
};
