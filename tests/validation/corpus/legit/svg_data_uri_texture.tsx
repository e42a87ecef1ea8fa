// A noise texture as an inline SVG data URI (namespace URL inside), used as a CSS background and an <img>.
import React from 'react';
import { AbsoluteFill, Series, useVideoConfig } from 'remotion';
import { CenterScene, Headline, SceneExit, type GeneratedVideoProps } from '@ppr/components';

const NOISE =
  "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='120' height='120'>" +
  "<filter id='n'><feTurbulence type='fractalNoise' baseFrequency='0.9'/></filter>" +
  "<rect width='100%' height='100%' filter='url(%23n)' opacity='0.08'/></svg>";

const DOT = "data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27 width=%278%27 height=%278%27%3E%3C/svg%3E";

export default function Video({ script }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background, backgroundImage: `url("${NOISE}")` }}>
      <img src={DOT} style={{ position: 'absolute', top: 40, left: 40, width: 8 }} />
      <Series>
        {script.scenes.map((scene) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit>
              <CenterScene>
                <Headline text={scene.headline ?? ''} />
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
