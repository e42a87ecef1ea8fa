// Technique: an event handler hidden in spread data (any spelling) for a component to pass on.
// expect: jsx-spread
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const BUTTON = { label: 'Go', ONMOUSEOVER: 'this.remove()', onClick: 'alert(1)' };

const Button = ({ label }: { label: string; ONMOUSEOVER: string; onClick: string }) => <div>{label}</div>;

export default function Video(_props: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <Button {...BUTTON} />
    </AbsoluteFill>
  );
}
