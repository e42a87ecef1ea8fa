// Technique: a CSS background loading a remote URL.
// expect: external-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <AbsoluteFill style={{ backgroundImage: 'url(https://example.com/bg.png)' }} />;
}
