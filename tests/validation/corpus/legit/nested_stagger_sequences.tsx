// Inner Sequences stagger elements inside a scene; only the outer Series sets the video's length.
import React from 'react';
import { AbsoluteFill, Sequence, Series } from 'remotion';
import { CenterScene, FadeUp, Headline, SceneExit, SectionLabel, Subhead, type GeneratedVideoProps } from '@ppr/components';

const Scene: React.FC<{ label: string; title: string; subtitle: string }> = ({ label, title, subtitle }) => (
  <SceneExit>
    <CenterScene>
      <SectionLabel text={label} />
      <Sequence from={8} layout="none">
        <Headline text={title} />
      </Sequence>
      <Sequence from={20} durationInFrames={60} layout="none">
        <FadeUp>
          <Subhead text={subtitle} />
        </FadeUp>
      </Sequence>
    </CenterScene>
  </SceneExit>
);

export default function Video({ script }: GeneratedVideoProps) {
  const [a, b, c, d] = script.scenes;
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        <Series.Sequence durationInFrames={90}>
          <Scene label="01" title={a?.headline ?? ''} subtitle={a?.subhead ?? ''} />
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <Scene label="02" title={b?.headline ?? ''} subtitle={b?.subhead ?? ''} />
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <Scene label="03" title={c?.headline ?? ''} subtitle={c?.subhead ?? ''} />
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <Scene label="04" title={d?.headline ?? ''} subtitle={d?.subhead ?? ''} />
        </Series.Sequence>
      </Series>
    </AbsoluteFill>
  );
}
