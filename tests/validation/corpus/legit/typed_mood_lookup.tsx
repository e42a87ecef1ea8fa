// A Record keyed by the Mood union: computed access with a key typed as a union of literals.
import React from 'react';
import { AbsoluteFill, Series, useVideoConfig } from 'remotion';
import { CenterScene, Headline, SceneExit, type GeneratedVideoProps, type Mood } from '@ppr/components';

const MOOD_LABEL: Record<Mood, string> = {
  intrigue: 'Listen closely',
  frustration: 'Sound familiar?',
  solution: 'Here is the fix',
  proof: 'It works',
  urgency: 'Do not wait',
  excitement: 'Let us go',
};

export default function Video({ script }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const tones = { primary: script.colorPalette.primary, secondary: script.colorPalette.secondary } as const;
  const pick = (index: number): keyof typeof tones => (index % 2 === 0 ? 'primary' : 'secondary');
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        {script.scenes.map((scene, index) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit>
              <CenterScene>
                <Headline text={MOOD_LABEL[scene.mood]} color={tones[pick(index)]} size={40} />
                <Headline text={scene.headline ?? ''} />
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
