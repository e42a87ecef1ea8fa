// Technique: module-level state. A counter and a list at the top of the module change with every render call, so
// a frame would depend on how many frames (and re-renders) came before it in this page.
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

let calls = 0;
const seen: number[] = [];
const cache = new Map<number, number>();

export default function Video() {
  const frame = useCurrentFrame();
  calls += 1;
  seen.push(frame);
  cache.set(frame, (cache.get(frame - 1) ?? 0) + 1);
  const width = 4 * calls + 2 * seen.length + (cache.get(frame) ?? 0);
  return (
    <AbsoluteFill style={{ backgroundColor: '#000000' }}>
      <div style={{ width, height: 20, backgroundColor: '#FFFFFF' }} />
      <div style={{ color: '#FFFFFF', fontSize: 12 }}>{`${calls}/${seen.length}/${cache.size}`}</div>
    </AbsoluteFill>
  );
}
