// Technique: the default value of a component prop is an image source nobody passes, so no call site is checked.
// expect: unlisted-asset
import React from 'react';
import { AbsoluteFill, Img } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const Picture = ({ src = 'pixel.png?from=default' }: { src?: string }) => <Img src={src} />;

export default function Video(_props: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <Picture />
    </AbsoluteFill>
  );
}
