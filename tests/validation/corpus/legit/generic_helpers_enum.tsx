// Generic helpers, a const enum-like object, tuples, optional chaining and a switch over the mood.
import React from 'react';
import { AbsoluteFill, Series, useVideoConfig } from 'remotion';
import { CenterScene, Headline, PopIn, SceneExit, Subhead, type GeneratedVideoProps, type VideoScene } from '@ppr/components';

const Align = { Left: 'left', Center: 'center' } as const;
type AlignValue = (typeof Align)[keyof typeof Align];

const clampIndex = <T,>(items: readonly T[], index: number): T | undefined => items[Math.max(0, Math.min(items.length - 1, index))];

const alignFor = (scene: VideoScene): AlignValue => {
  switch (scene.mood) {
    case 'frustration':
    case 'proof':
      return Align.Left;
    default:
      return Align.Center;
  }
};

const pair: [string, number] = ['scene', 2];

export default function Video({ script }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        {script.scenes.map((scene, index) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit>
              <CenterScene textAlign={alignFor(scene)}>
                <PopIn>
                  <Headline text={scene.headline ?? clampIndex(script.scenes, index - 1)?.headline ?? ''} align={alignFor(scene)} />
                </PopIn>
                <Subhead text={`${pair[0]} ${index + 1} / ${script.scenes.length}`} />
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
