// Scene durations derived from props.script: accepted without a static duration check.
import React from 'react';
import { AbsoluteFill, Series, useVideoConfig } from 'remotion';
import { CenterScene, Headline, SceneExit, Subhead, type GeneratedVideoProps } from '@ppr/components';

export const Video: React.FC<GeneratedVideoProps> = ({ script }) => {
  const { fps } = useVideoConfig();
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Series>
        {script.scenes.map((scene) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <SceneExit>
              <CenterScene>
                <Headline text={scene.headline ?? ''} from={script.colorPalette.primary} to={script.colorPalette.secondary} />
                {scene.subhead ? <Subhead text={scene.subhead} delay={10} /> : null}
              </CenterScene>
            </SceneExit>
          </Series.Sequence>
        ))}
      </Series>
    </AbsoluteFill>
  );
};

export default Video;
