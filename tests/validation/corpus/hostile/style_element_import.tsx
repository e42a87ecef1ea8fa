// Technique: a style element with a CSS @import.
// expect: forbidden-element
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <style>{'@import url(/x.css);'}</style>;
}
