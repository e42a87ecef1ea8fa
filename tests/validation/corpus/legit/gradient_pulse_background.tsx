// Gradient text, a pulsing glow, a grid floor and a scan line; colours from the palette only.
import React from 'react';
import { AbsoluteFill, Series, useVideoConfig } from 'remotion';
import { CenterScene, GlowOrb, GradientText, GridPattern, ScanLine, SceneExit, usePulse, type GeneratedVideoProps } from '@ppr/components';

const Glow: React.FC<{ color: string }> = ({ color }) => {
  const pulse = usePulse(40);
  return <GlowOrb color={color} opacity={0.3 + 0.4 * pulse} x={0.5} y={0.4} />;
};

export default function Video({ script }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const { primary, secondary, accent, background } = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: background }}>
      <GridPattern color={primary} variant="floor" />
      <Glow color={accent} />
      <ScanLine color={secondary} />
      <Series>
        {script.scenes.map((scene) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit variant="zoom">
              <CenterScene>
                <GradientText from={primary} to={secondary} style={{ fontSize: 96, fontWeight: 800 }}>
                  {scene.headline ?? ''}
                </GradientText>
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
