// Images from staticFile() (a literal and a built path) and background music from the job's asset list.
import React from 'react';
import { AbsoluteFill, Audio, Img, Series, staticFile } from 'remotion';
import { CenterScene, Headline, SceneExit, type GeneratedVideoProps } from '@ppr/components';

const MUSIC = 'https://assets.local/music.mp3';

export default function Video({ script }: GeneratedVideoProps) {
  const logo = staticFile('logo.png');
  const badge = staticFile(`badges/${script.scenes.length}-scenes.png`);
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      <Audio src={MUSIC} volume={0.3} />
      <Series>
        <Series.Sequence durationInFrames={210}>
          <SceneExit>
            <CenterScene>
              <Img src={logo} style={{ width: 240 }} />
              <Img src={badge} style={{ width: 120 }} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={240}>
          <SceneExit>
            <CenterScene>
              <Headline text={script.scenes[2]?.headline ?? ''} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
      </Series>
    </AbsoluteFill>
  );
}
