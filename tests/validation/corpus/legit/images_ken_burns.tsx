// Scene images from props.images with Ken Burns backgrounds and a gradient fallback.
import React from 'react';
import { AbsoluteFill, Img, Series, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { CenterScene, CinematicBG, Headline, SceneExit, type GeneratedVideoProps } from '@ppr/components';

const Photo: React.FC<{ src: string | null; tint: string }> = ({ src, tint }) => {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const scale = interpolate(frame, [0, durationInFrames], [1, 1.15]);
  if (!src) {
    return <AbsoluteFill style={{ background: `linear-gradient(135deg, ${tint}, #000000)` }} />;
  }
  return (
    <AbsoluteFill style={{ overflow: 'hidden' }}>
      <Img src={src} style={{ width: '100%', height: '100%', objectFit: 'cover', transform: `scale(${scale})` }} />
    </AbsoluteFill>
  );
};

export default function Video({ script, images }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const palette = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <Series>
        {script.scenes.map((scene, index) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit>
              {index % 2 === 0 ? (
                <CinematicBG imageUrl={images[index] ?? null} palette={palette}>
                  <CenterScene>
                    <Headline text={scene.headline ?? ''} />
                  </CenterScene>
                </CinematicBG>
              ) : (
                <>
                  <Photo src={images[index] ?? null} tint={palette.primary} />
                  <CenterScene>
                    <Headline text={scene.headline ?? ''} />
                  </CenterScene>
                </>
              )}
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
}
