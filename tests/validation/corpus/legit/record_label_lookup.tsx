// Lookups in a Record<string, string> by a scene's id, with a string method on the result.
import React from 'react';
import { AbsoluteFill, Series, useVideoConfig } from 'remotion';
import { CenterScene, Headline, SceneExit, type GeneratedVideoProps } from '@ppr/components';

const LABELS: Record<string, string> = {
  hook: 'Listen',
  pain: 'The problem',
  solution: 'The fix',
  cta: 'Join now',
};

const ACCENTS: Record<string, number> = { hook: 1.2, cta: 1.1 };

const labelFor = (id: string): string => (LABELS[id] ?? 'Next').toUpperCase();

export default function Video({ script }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        {script.scenes.map((scene) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit>
              <CenterScene>
                <Headline text={labelFor(scene.id)} size={32} />
                <Headline text={scene.id in LABELS ? LABELS[scene.id].toLowerCase() : ''} size={28} />
                <Headline text={scene.headline ?? ''} size={64 * (ACCENTS[scene.id] ?? 1)} />
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
