// Crossfading scenes: Series.Sequence with negative offsets, durations still adding up to the script.
import React from 'react';
import { AbsoluteFill, Series, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { CenterScene, Headline, type GeneratedVideoProps } from '@ppr/components';

const OVERLAP = 10;

const Crossfade: React.FC<{ children: React.ReactNode }> = ({ children }) => {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const opacity = interpolate(frame, [0, OVERLAP, durationInFrames - OVERLAP, durationInFrames], [0, 1, 1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  return <AbsoluteFill style={{ opacity }}>{children}</AbsoluteFill>;
};

export default function Video({ script }: GeneratedVideoProps) {
  const texts = script.scenes.map((scene) => scene.headline ?? '');
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        <Series.Sequence durationInFrames={100}>
          <Crossfade><CenterScene><Headline text={texts[0] ?? ''} /></CenterScene></Crossfade>
        </Series.Sequence>
        <Series.Sequence durationInFrames={130} offset={-OVERLAP}>
          <Crossfade><CenterScene><Headline text={texts[1] ?? ''} /></CenterScene></Crossfade>
        </Series.Sequence>
        <Series.Sequence durationInFrames={130} offset={-OVERLAP}>
          <Crossfade><CenterScene><Headline text={texts[2] ?? ''} /></CenterScene></Crossfade>
        </Series.Sequence>
        <Series.Sequence durationInFrames={120} offset={-OVERLAP}>
          <Crossfade><CenterScene><Headline text={texts[3] ?? ''} /></CenterScene></Crossfade>
        </Series.Sequence>
      </Series>
    </AbsoluteFill>
  );
}
