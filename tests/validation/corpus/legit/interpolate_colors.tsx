// interpolateColors between palette colours and an Easing-driven slide; two top-level Sequences.
import React from 'react';
import { AbsoluteFill, Easing, Sequence, interpolate, interpolateColors, useCurrentFrame, useVideoConfig } from 'remotion';
import { CenterScene, Headline, type GeneratedVideoProps } from '@ppr/components';

const Slide: React.FC<{ text: string; from: string; to: string }> = ({ text, from, to }) => {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const background = interpolateColors(frame, [0, durationInFrames], [from, to]);
  const x = interpolate(frame, [0, 20], [-200, 0], { easing: Easing.out(Easing.cubic), extrapolateRight: 'clamp' });
  const exit = interpolate(frame, [durationInFrames - 12, durationInFrames], [1, 0], { extrapolateLeft: 'clamp' });
  return (
    <AbsoluteFill style={{ background, opacity: exit }}>
      <CenterScene>
        <div style={{ transform: `translateX(${x}px)` }}>
          <Headline text={text} />
        </div>
      </CenterScene>
    </AbsoluteFill>
  );
};

export default function Video({ script }: GeneratedVideoProps) {
  const { primary, secondary, accent } = script.colorPalette;
  return (
    <AbsoluteFill>
      <Sequence durationInFrames={210}>
        <Slide text={script.scenes[0]?.headline ?? ''} from={primary} to={secondary} />
      </Sequence>
      <Sequence from={210} durationInFrames={240}>
        <Slide text={script.scenes[2]?.headline ?? ''} from={secondary} to={accent} />
      </Sequence>
    </AbsoluteFill>
  );
}
