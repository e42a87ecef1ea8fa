// Scenes as a const array of literal objects, each spread into the file's own Scene component.
import React from 'react';
import { AbsoluteFill, Series } from 'remotion';
import { CenterScene, Headline, SceneExit, Subhead, type GeneratedVideoProps } from '@ppr/components';

type Tone = 'primary' | 'secondary' | 'accent';

const SCENES = [
  { id: 'hook', title: 'Your mixes sound flat?', note: 'A 90-second fix', tone: 'primary', frames: 90, imageUrl: null },
  { id: 'problem', title: 'Plugins everywhere', note: 'No punch anywhere', tone: 'secondary', frames: 120, imageUrl: null },
  { id: 'solution', title: 'Saturation, explained', note: '12 lessons, 3 hours', tone: 'accent', frames: 120, imageUrl: null },
  { id: 'cta', title: 'Start today', note: 'Lifetime access', tone: 'primary', frames: 120, imageUrl: null },
];

interface SceneProps {
  title: string;
  note: string;
  tone: string;
  frames: number;
  imageUrl: string | null;
  colors: Record<Tone, string>;
}

function Scene({ title, note, tone, colors }: SceneProps) {
  const color = tone === 'secondary' || tone === 'accent' ? colors[tone] : colors.primary;
  return (
    <SceneExit>
      <CenterScene>
        <Headline text={title} color={color} />
        <Subhead text={note} delay={8} />
      </CenterScene>
    </SceneExit>
  );
}

export default function Video({ script }: GeneratedVideoProps) {
  const palette = script.colorPalette;
  const colors = { primary: palette.primary, secondary: palette.secondary, accent: palette.accent };
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <Series>
        {SCENES.map((scene) => (
          <Series.Sequence key={scene.id} durationInFrames={scene.frames}>
            <Scene {...scene} colors={colors} />
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
