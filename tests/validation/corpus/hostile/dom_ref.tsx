// Technique: a ref to reach the DOM and its window.
// expect: dom-ref
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <div ref={(node) => node?.ownerDocument.defaultView?.focus()} />;
}
