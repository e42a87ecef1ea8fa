// Same-document SVG references: <use href="#id">, <textPath href="#id"> and a fragment built from an id.
import React from 'react';
import { AbsoluteFill, Series, useCurrentFrame, useVideoConfig } from 'remotion';
import { SceneExit, type GeneratedVideoProps } from '@ppr/components';

const Orbit: React.FC<{ id: string; text: string; color: string }> = ({ id, text, color }) => {
  const frame = useCurrentFrame();
  return (
    <svg width={600} height={600} viewBox="0 0 600 600">
      <defs>
        <path id={`${id}-path`} d="M 100 300 A 200 200 0 1 1 500 300 A 200 200 0 1 1 100 300" />
        <circle id="dot" r={12} fill={color} />
      </defs>
      <use href="#dot" x={300} y={100} />
      <use xlinkHref="#dot" x={300} y={500} />
      <text fontSize={36} fill={color}>
        <textPath href={`#${id}-path`} startOffset={`${frame % 100}%`}>
          {text}
        </textPath>
      </text>
    </svg>
  );
};

export default function Video({ script }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        {script.scenes.map((scene) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit>
              <AbsoluteFill style={{ alignItems: 'center', justifyContent: 'center' }}>
                <Orbit id={scene.id} text={scene.headline ?? ''} color={script.colorPalette.primary} />
              </AbsoluteFill>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
