import React, { Suspense, useLayoutEffect, useMemo } from 'react';
import {
  AbsoluteFill,
  Audio,
  Composition,
  continueRender,
  delayRender,
  useCurrentFrame,
  type CalculateMetadataFunction,
} from 'remotion';
import { CaptionOverlay } from './components';
import { assertProps, dynamicVideoSchema } from './schemas';
import { evaluateGenerated } from './sandbox/realm';
import { RenderErrorBoundary, RenderErrorFrame, reportRenderError } from './sandbox/RenderErrorBoundary';
import { FPS } from './theme';
import type { DynamicVideoProps, GeneratedVideoProps } from './types';

/**
 * Holds the frame while generated code is suspended. Remotion's own fallback takes its delayRender() handle in a
 * passive effect, which a busy page may run only after the frame was captured (showing the fallback, and the hang
 * then blamed on the next frame); a layout effect runs in the same commit, before the frame can be captured.
 */
const HoldFrame: React.FC = () => {
  useLayoutEffect(() => {
    const handle = delayRender('Waiting for the generated composition to unsuspend');
    return () => continueRender(handle);
  }, []);
  return null;
};

/**
 * Runs generated code (compiled to CommonJS by the engine) with the job's data, in a hardened realm where media
 * may come only from the job's assets: its images and its voice-over (sandbox/realm.ts).
 */
export const DynamicVideo: React.FC<DynamicVideoProps> = (props) => {
  const frame = useCurrentFrame();
  const { code, images, audioUrl } = props;
  const evaluated = useMemo(() => evaluateGenerated(code, [...images, audioUrl]), [code, images, audioUrl]);
  if (!evaluated.ok) {
    reportRenderError(frame, evaluated.error);
    return <RenderErrorFrame message={evaluated.error} />;
  }
  const Generated = evaluated.Component as React.ComponentType<GeneratedVideoProps>;
  return (
    <AbsoluteFill style={{ backgroundColor: '#000000' }}>
      <RenderErrorBoundary frame={frame}>
        <Suspense fallback={<HoldFrame />}>
          <Generated script={props.script} facts={props.facts} images={props.images} words={props.words ?? []} />
        </Suspense>
      </RenderErrorBoundary>
      {props.audioUrl ? <Audio src={props.audioUrl} /> : null}
      {props.burnCaptions && props.words ? <CaptionOverlay words={props.words} /> : null}
    </AbsoluteFill>
  );
};

/** Size and length from the props, once they match the schema (bad props fail here, before any frame). */
const calculateMetadata: CalculateMetadataFunction<DynamicVideoProps> = ({ props }) => {
  assertProps('DynamicVideo', dynamicVideoSchema, props);
  return { durationInFrames: props.durationInFrames, width: props.width, height: props.height, fps: FPS };
};

const placeholderProps: DynamicVideoProps = {
  code: 'module.exports.default = function Empty() { return null; };',
  script: {
    totalDuration: 3,
    scenes: [{ id: 'hook', duration: 3, headline: 'PPR Video Studio', mood: 'excitement' }],
    colorPalette: { primary: '#8B5CF6', secondary: '#06B6D4', accent: '#F472B6', background: '#07070D' },
  },
  facts: { kind: 'brand', title: 'Pause Play Repeat', storeName: 'Pause Play Repeat', domain: 'pauseplayrepeat.com', cta: 'Start at pauseplayrepeat.com' },
  images: [],
  durationInFrames: 90,
  width: 1080,
  height: 1920,
};

export const DynamicVideoComposition: React.FC = () => (
  <Composition
    id="DynamicVideo"
    component={DynamicVideo}
    defaultProps={placeholderProps}
    schema={dynamicVideoSchema}
    calculateMetadata={calculateMetadata}
    durationInFrames={placeholderProps.durationInFrames}
    fps={FPS}
    width={placeholderProps.width}
    height={placeholderProps.height}
  />
);
