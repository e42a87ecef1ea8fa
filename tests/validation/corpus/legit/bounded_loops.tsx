// while / do-while / for-of loops that end: counters that move toward their bound, breaks and returns.
import React from 'react';
import { AbsoluteFill, Sequence, useCurrentFrame, useVideoConfig, interpolate } from 'remotion';
import { CenterScene, Headline, type GeneratedVideoProps } from '@ppr/components';

const wrapWords = (text: string, perLine: number): string[] => {
  const words = text.split(' ');
  const lines: string[] = [];
  let index = 0;
  while (index < words.length) {
    lines.push(words.slice(index, index + perLine).join(' '));
    index += perLine;
  }
  return lines;
};

const firstLong = (words: string[]): string => {
  for (const word of words) {
    if (word.length > 6) {
      return word;
    }
  }
  return words[0] ?? '';
};

const digits = (value: number): number => {
  let count = 0;
  let rest = Math.abs(Math.floor(value));
  do {
    count += 1;
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  return count;
};

const Lines: React.FC<{ text: string }> = ({ text }) => {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const opacity = interpolate(frame, [durationInFrames - 15, durationInFrames], [1, 0], { extrapolateLeft: 'clamp' });
  let shown = 0;
  while (true) {
    if (shown >= 3 || shown * 8 > frame) {
      break;
    }
    shown += 1;
  }
  return (
    <CenterScene>
      <div style={{ opacity }}>
        {wrapWords(text, 3).slice(0, shown).map((line) => (
          <Headline key={line} text={line} />
        ))}
        <div style={{ color: '#A1A1B5' }}>{firstLong(text.split(' '))} · {digits(frame)}</div>
      </div>
    </CenterScene>
  );
};

export default function Video({ script }: GeneratedVideoProps) {
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Sequence durationInFrames={450}>
        <Lines text={script.scenes.map((scene) => scene.headline ?? '').join(' ')} />
      </Sequence>
    </AbsoluteFill>
  );
}
