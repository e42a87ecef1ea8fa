// The store's address shown as text: 'https://' joined to the catalog domain is words on screen, never loaded.
import React from 'react';
import { AbsoluteFill, Series, useVideoConfig } from 'remotion';
import { CenterScene, Headline, SceneExit, type GeneratedVideoProps } from '@ppr/components';

export default function Video({ script, facts }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const address = 'https://' + facts.domain;
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        {script.scenes.map((scene) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit>
              <CenterScene>
                <Headline text={scene.headline ?? ''} />
                <div style={{ color: script.colorPalette.accent, fontSize: 36 }}>{address}</div>
                <div style={{ color: script.colorPalette.secondary, fontSize: 28 }}>{`https://${facts.domain}/courses`}</div>
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
