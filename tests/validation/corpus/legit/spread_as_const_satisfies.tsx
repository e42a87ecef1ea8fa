// Literal data typed with `as const` and `satisfies`, picked by index, .find and for...of, spread into own components.
import React from 'react';
import { AbsoluteFill, Sequence, useCurrentFrame } from 'remotion';
import { CenterScene, Headline, SceneExit, type GeneratedVideoProps } from '@ppr/components';

interface StatProps {
  value: number;
  suffix: string;
  label: string;
}

const STATS = [
  { value: 12, suffix: ' lessons', label: 'Bite-sized' },
  { value: 3, suffix: 'h', label: 'Total runtime' },
  { value: 49, suffix: '$', label: 'One payment' },
] as const satisfies readonly StatProps[];

const OUTRO = { value: 100, suffix: '%', label: 'Money-back guarantee' } satisfies StatProps;

const Stat = ({ value, suffix, label, color }: StatProps & { color: string }) => (
  <div style={{ color, fontSize: 64, fontWeight: 700 }}>
    {value}
    {suffix}
    <div style={{ fontSize: 28, opacity: 0.7 }}>{label}</div>
  </div>
);

export default function Video({ script }: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  const palette = script.colorPalette;
  const current = Math.min(STATS.length - 1, Math.floor(frame / 60));
  const runtime = STATS.find((stat) => stat.suffix === 'h');
  const rows: React.ReactNode[] = [];
  for (const stat of STATS) {
    rows.push(<Stat key={stat.label} {...stat} color={palette.secondary} />);
  }
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <Sequence durationInFrames={180}>
        <SceneExit>
          <CenterScene>
            <Stat {...STATS[current]} color={palette.primary} />
            {runtime ? <Stat {...runtime} color={palette.accent} /> : null}
          </CenterScene>
        </SceneExit>
      </Sequence>
      <Sequence from={180} durationInFrames={150}>
        <SceneExit>
          <CenterScene>{rows}</CenterScene>
        </SceneExit>
      </Sequence>
      <Sequence from={330} durationInFrames={120}>
        <SceneExit>
          <CenterScene>
            <Headline text="Start today" color={palette.primary} />
            <Stat {...OUTRO} color={palette.accent} />
          </CenterScene>
        </SceneExit>
      </Sequence>
    </AbsoluteFill>
  );
}
