// Everyday lookups: const tables by a prop, palette keys, array indexes, a grid, word counts and a useMemo table.
import React, { useMemo } from 'react';
import { AbsoluteFill, Series, useCurrentFrame, useVideoConfig, interpolate, Easing } from 'remotion';
import { CenterScene, Headline, SceneExit, withAlpha, type ColorPalette, type GeneratedVideoProps, type Mood } from '@ppr/components';

const COLORS = ['#FFFFFF', '#000000', '#888888'];
const SIZES = { small: 24, large: 48 } as const;
const STYLE: Record<Mood, React.CSSProperties> = {
  intrigue: { color: '#FFFFFF' },
  frustration: { color: '#000000' },
  solution: { color: '#FFFFFF' },
  proof: { color: '#FFFFFF' },
  urgency: { color: '#000000' },
  excitement: { color: '#FFFFFF' },
};
const GRID = [
  [1, 2],
  [3, 4],
];
const ICONS: Record<string, string> = { mix: 'sliders', master: 'wave' };

const Bullet: React.FC<{ items: string[]; index: number; palette: ColorPalette; tone: keyof ColorPalette; size: keyof typeof SIZES }> = ({
  items,
  index,
  palette,
  tone,
  size,
}) => {
  const frame = useCurrentFrame();
  const text = items[index] ?? '';
  const counts: Record<string, number> = {};
  for (const word of text.split(' ')) {
    counts[word] = (counts[word] ?? 0) + 1;
  }
  const totals: number[] = [];
  for (let r = 0; r < GRID.length; r++) {
    for (let c = 0; c < GRID[r].length; c++) {
      totals[r] = (totals[r] ?? 0) + GRID[r][c];
    }
  }
  const opacity = interpolate(frame, [0, 10], [0, 1], { extrapolateRight: 'clamp', easing: Easing.out(Easing.ease) });
  return (
    <div style={{ color: palette[tone], fontSize: SIZES[size], opacity, background: withAlpha(COLORS[index % COLORS.length], 0.2) }}>
      {text} {Object.keys(counts).length} {totals[0]} {ICONS[text.toLowerCase()] ?? ''}
    </div>
  );
};

export default function Video({ script, facts }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const data = useMemo(() => ({ title: facts.title, domain: facts.domain }), [facts]);
  const field: keyof typeof data = 'title';
  const offsets = useMemo(() => script.scenes.map((scene) => Math.round(scene.duration * fps)), [script, fps]);
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        {script.scenes.map((scene, i) => (
          <Series.Sequence key={scene.id} durationInFrames={offsets[i] ?? 1}>
            <SceneExit>
              <CenterScene>
                <Headline text={data[field]} color={String(STYLE[scene.mood].color)} />
                <Bullet items={scene.bulletPoints ?? []} index={i} palette={script.colorPalette} tone={i % 2 ? 'primary' : 'accent'} size="small" />
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
