// Technique: literal data spread straight onto HTML elements, where every key becomes a DOM attribute.
// expect: jsx-spread
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const LOGO = { alt: 'Logo', width: 320, height: 120 };
const BOX = { role: 'note', title: 'Hello' };

export default function Video(_props: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <img {...LOGO} />
      <div {...BOX} />
    </AbsoluteFill>
  );
}
