// Technique: ownerDocument from an element.
// expect: dom-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const grab = (node: HTMLElement): Document => node.ownerDocument;

export default function Video({ facts }: GeneratedVideoProps) {
  const doc = typeof grab;
  return <AbsoluteFill>{doc}</AbsoluteFill>;
}
