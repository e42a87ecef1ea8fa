// Technique: the clock, the time zone and the host locale through Date and Intl (one per frame), which make
// frames differ between renders and machines.
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

const variants: Array<() => string> = [
  () => new Date().toISOString(),
  () => String(Date.now()),
  () => new Date(0).toString(),
  () => new Intl.DateTimeFormat().format(0),
  () => String(performance.now()),
];

export default function Video() {
  const frame = useCurrentFrame();
  const text = variants[frame % variants.length]();
  return (
    <AbsoluteFill style={{ backgroundColor: '#000000', color: '#FFFFFF', fontSize: 10 }}>
      <div>{text}</div>
    </AbsoluteFill>
  );
}
