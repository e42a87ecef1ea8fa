// Springs measured to a duration, a coarse pixel loop, numbers formatted with a locale and a seeded random.
import React from 'react';
import { AbsoluteFill, Series, random, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { CenterScene, Headline, SceneExit, type GeneratedVideoProps } from '@ppr/components';

const Dots: React.FC<{ seed: string; color: string }> = ({ seed, color }) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const enter = spring({ frame, fps, config: { damping: 200 }, durationInFrames: 20 });
  const settle = spring({ frame, fps, config: { damping: 12, stiffness: 120, mass: 0.8 }, reverse: true, durationInFrames: 30 });
  const dots: { x: number; y: number }[] = [];
  for (let x = 0; x < 1920; x += 240) {
    for (let y = 0; y < 1080; y += 270) {
      dots.push({ x: x + random(`${seed}-${x}-${y}`) * 40, y });
    }
  }
  return (
    <AbsoluteFill style={{ opacity: enter * (1 - settle * 0.2) }}>
      {dots.map((dot) => (
        <div key={`${dot.x}-${dot.y}`} style={{ position: 'absolute', left: dot.x, top: dot.y, width: 8, height: 8, backgroundColor: color }} />
      ))}
    </AbsoluteFill>
  );
};

export default function Video({ script, facts }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const enrolled = facts.enrollmentCount ? `${facts.enrollmentCount.toLocaleString('en-US')} producers` : '';
  const names = [...script.scenes.map((scene) => scene.id)].sort((a, b) => a.localeCompare(b, 'en'));
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        {script.scenes.map((scene) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit>
              <Dots seed={scene.id} color={script.colorPalette.accent} />
              <CenterScene>
                <Headline text={scene.headline ?? ''} />
                <Headline text={enrolled || names.join(' / ')} size={32} />
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
