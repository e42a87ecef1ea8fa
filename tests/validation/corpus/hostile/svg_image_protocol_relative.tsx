// Technique: an SVG image with a protocol-relative URL.
// expect: external-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <svg><image href="//evil.example.com/p.png" /></svg>;
}
