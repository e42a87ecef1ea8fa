// Technique: an embed element.
// expect: forbidden-element
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <embed type="image/svg+xml" />;
}
