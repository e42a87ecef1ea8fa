// Technique: an image from another loopback port.
// expect: external-url
import { Img } from 'remotion';
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <Img src="http://127.0.0.1:8080/pixel.png" />;
}
