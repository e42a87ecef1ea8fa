// Technique: catalog data (props.facts, a scene of props.script) spread into a component of the file.
// expect: jsx-spread
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const Panel = ({ storeName }: { storeName: string }) => <div>{storeName}</div>;
const Scene = ({ id }: { id: string }) => <div>{id}</div>;

export default function Video({ facts, script }: GeneratedVideoProps) {
  const first = script.scenes[0];
  return (
    <AbsoluteFill>
      <Panel {...facts} />
      {first ? <Scene {...first} /> : null}
    </AbsoluteFill>
  );
}
