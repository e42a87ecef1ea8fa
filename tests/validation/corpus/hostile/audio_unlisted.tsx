// Technique: an audio file that is not one of the job's assets.
// expect: unlisted-asset
import { Audio } from 'remotion';
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <Audio src="/music/other-track.mp3" />;
}
