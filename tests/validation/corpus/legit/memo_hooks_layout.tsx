// useMemo / useCallback, the layout hook for orientation-aware sizes, Loop and Freeze from remotion.
import React, { useCallback, useMemo } from 'react';
import { AbsoluteFill, Freeze, Loop, Series, useCurrentFrame, useVideoConfig } from 'remotion';
import { CenterScene, GlowOrb, Headline, SceneExit, useLayout, type GeneratedVideoProps } from '@ppr/components';

const Pulse: React.FC<{ color: string }> = ({ color }) => {
  const frame = useCurrentFrame();
  return <GlowOrb color={color} size={300 + (frame % 30) * 4} />;
};

export default function Video({ script }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const { orientation, unit } = useLayout();
  const frames = useMemo(() => script.scenes.map((scene) => Math.round(scene.duration * fps)), [script.scenes, fps]);
  const sizeFor = useCallback((text: string) => (orientation === 'portrait' ? 72 : 96) * unit * (text.length > 24 ? 0.8 : 1), [orientation, unit]);
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Loop durationInFrames={30}>
        <Pulse color={script.colorPalette.primary} />
      </Loop>
      <Series>
        {script.scenes.map((scene, index) => (
          <Series.Sequence key={scene.id} durationInFrames={frames[index] ?? fps}>
            <SceneExit>
              <CenterScene>
                <Freeze frame={0} active={(f) => f > 200}>
                  <Headline text={scene.headline ?? ''} size={sizeFor(scene.headline ?? '')} />
                </Freeze>
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
