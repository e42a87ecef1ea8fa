// The six example compositions: complete promos written exactly like generated code (default export taking
// GeneratedVideoProps, imports only from 'remotion', 'react' and '@ppr/components'). The agent learns from them.
import React from 'react';
import { Composition, type CalculateMetadataFunction } from 'remotion';
import { FPS } from '../theme';
import type { GeneratedVideoProps, VideoScript } from '../types';
import BeatLeaseVideo from './BeatLeaseVideo';
import { beatLeaseProps } from './data/beatLease';
import { emailAutomationProps } from './data/emailAutomation';
import { followGatesProps } from './data/followGates';
import { pausePlayRepeatProps } from './data/pausePlayRepeat';
import { saturationCourseProps } from './data/saturationCourse';
import { saturationCourseV2Props } from './data/saturationCourseV2';
import EmailAutomationVideo from './EmailAutomationVideo';
import FollowGatesVideo from './FollowGatesVideo';
import PausePlayRepeatVideo from './PausePlayRepeatVideo';
import SaturationCourseV2 from './SaturationCourseV2';
import SaturationCourseVideo from './SaturationCourseVideo';

const framesOf = (script: VideoScript): number =>
  script.scenes.reduce((frames, scene) => frames + Math.round(scene.duration * FPS), 0);

const calculateMetadata: CalculateMetadataFunction<GeneratedVideoProps> = ({ props }) => ({
  durationInFrames: framesOf(props.script),
});

const EXAMPLES: { id: string; component: React.ComponentType<GeneratedVideoProps>; props: GeneratedVideoProps }[] = [
  { id: 'PausePlayRepeatVideo', component: PausePlayRepeatVideo, props: pausePlayRepeatProps },
  { id: 'EmailAutomationVideo', component: EmailAutomationVideo, props: emailAutomationProps },
  { id: 'BeatLeaseVideo', component: BeatLeaseVideo, props: beatLeaseProps },
  { id: 'FollowGatesVideo', component: FollowGatesVideo, props: followGatesProps },
  { id: 'SaturationCourseVideo', component: SaturationCourseVideo, props: saturationCourseProps },
  { id: 'SaturationCourseV2', component: SaturationCourseV2, props: saturationCourseV2Props },
];

export const ExampleCompositions: React.FC = () => (
  <>
    {EXAMPLES.map(({ id, component, props }) => (
      <Composition
        key={id}
        id={id}
        component={component}
        defaultProps={props}
        calculateMetadata={calculateMetadata}
        durationInFrames={framesOf(props.script)}
        fps={FPS}
        width={1080}
        height={1920}
      />
    ))}
  </>
);
