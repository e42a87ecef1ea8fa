// Technique: a `let` object written as literal data but replaced with catalog text before it is spread.
// expect: jsx-spread
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

let CAPTION = { text: 'Hello', tone: 'primary' };

const Caption = ({ text }: { text: string; tone: string }) => <div>{text}</div>;

export default function Video({ facts }: GeneratedVideoProps) {
  CAPTION = { text: facts.domain, tone: 'primary' };
  return (
    <AbsoluteFill>
      <Caption {...CAPTION} />
    </AbsoluteFill>
  );
}
