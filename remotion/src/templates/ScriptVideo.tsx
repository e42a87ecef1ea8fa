import React from 'react';
import { AbsoluteFill, Audio, Sequence } from 'remotion';
import type { TemplateScene, TemplateScript } from '../types';
import { SceneShell } from './SceneShell';
import { sceneTimings } from './timing';

export type SceneRenderInfo = {
  scene: TemplateScene;
  index: number;
  /** Number of scenes in the script. */
  total: number;
};

export type ScriptVideoProps = {
  script: TemplateScript;
  /** One image per scene; a missing or empty entry gets the palette background. */
  imageUrls?: string[] | null;
  /** The voice-over, played under the whole video. */
  audioUrl?: string | null;
  /** The content of one scene; the shell adds its background and exit. */
  renderScene: (info: SceneRenderInfo) => React.ReactNode;
};

/** Plays the script's scenes back to back, one Sequence each, over the voice-over when there is one. */
export const ScriptVideo: React.FC<ScriptVideoProps> = ({ script, imageUrls, audioUrl, renderScene }) => {
  const timings = sceneTimings(script);
  const total = script.scenes.length;
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      {script.scenes.map((scene, index) => (
        <Sequence key={`${index}-${scene.id}`} name={scene.id || `scene ${index + 1}`} from={timings[index].from} durationInFrames={timings[index].durationInFrames}>
          <SceneShell mood={scene.mood} palette={script.colorPalette} index={index} imageUrl={imageUrls?.[index] || null} exit={index < total - 1}>
            {renderScene({ scene, index, total })}
          </SceneShell>
        </Sequence>
      ))}
      {audioUrl ? <Audio src={audioUrl} /> : null}
    </AbsoluteFill>
  );
};
