// Technique: dangerouslySetInnerHTML.
// expect: inner-html
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <div dangerouslySetInnerHTML={{ __html: facts.title }} />;
}
