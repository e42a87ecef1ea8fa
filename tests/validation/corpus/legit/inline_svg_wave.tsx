// Inline SVG with an xmlns, a computed path and a gradient defined from the palette.
import React from 'react';
import { AbsoluteFill, Series, useCurrentFrame, useVideoConfig } from 'remotion';
import { CenterScene, Headline, SceneExit, type GeneratedVideoProps } from '@ppr/components';

const Wave: React.FC<{ from: string; to: string }> = ({ from, to }) => {
  const frame = useCurrentFrame();
  const points: string[] = [];
  for (let x = 0; x <= 800; x += 10) {
    const y = 100 + Math.tanh(2 * Math.sin((x + frame * 6) / 40)) * 60;
    points.push(`${x === 0 ? 'M' : 'L'}${x},${y.toFixed(1)}`);
  }
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={800} height={200} viewBox="0 0 800 200">
      <defs>
        <linearGradient id="wave" x1="0" x2="1">
          <stop offset="0%" stopColor={from} />
          <stop offset="100%" stopColor={to} />
        </linearGradient>
      </defs>
      <path d={points.join(' ')} stroke="url(#wave)" strokeWidth={6} fill="none" />
    </svg>
  );
};

export default function Video({ script }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const { primary, accent, background } = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: background }}>
      <Series>
        {script.scenes.map((scene) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit>
              <CenterScene>
                <Wave from={primary} to={accent} />
                <Headline text={scene.headline ?? ''} />
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
