// Technique: dangerouslySetInnerHTML carried by a const object spread into a component.
// expect: jsx-spread
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const RICH = { title: 'Hello', dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } };

const Box = ({ title }: { title: string }) => <div>{title}</div>;

export default function Video(_props: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <Box {...RICH} />
    </AbsoluteFill>
  );
}
