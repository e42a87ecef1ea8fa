// Technique: a javascript: URL.
// expect: external-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <a href="javascript:void(0)">{facts.title}</a>;
}
