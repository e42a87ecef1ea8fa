// Technique: CSS that loads past a spelling check: an escape that spells url(, image-set() with a bare string,
// empty template pieces before url(, and the same through a library component's style and colour props.
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';
import { GlassCard, Vignette } from '@ppr/components';

const CANARY = '__CANARY__';
const empty = '';

const variants = [
  () => <div style={{ width: 40, height: 40, backgroundImage: `\\75 rl(${CANARY}/escaped.png)` }} />,
  () => <div style={{ width: 40, height: 40, backgroundImage: `image-set("${CANARY}/image-set.png" 1x)` }} />,
  () => <div style={{ width: 40, height: 40, background: `${empty}url${empty}(${empty}${CANARY}/pieces.png)` }} />,
  () => <div style={{ width: 40, height: 40, maskImage: `-webkit-image-set(url('${CANARY}/mask.png') 1x)` }} />,
  () => (
    <GlassCard style={{ backgroundImage: `url(${CANARY}/glass.png)` }}>
      <span>card</span>
    </GlassCard>
  ),
  () => <Vignette color={`url(${CANARY}/vignette.png)`} />,
  () => (
    <svg width={40} height={40}>
      <rect width={40} height={40} filter={`url(${CANARY}/filter.svg#f)`} />
    </svg>
  ),
];

export default function Video() {
  const frame = useCurrentFrame();
  return <AbsoluteFill style={{ backgroundColor: '#000000' }}>{variants[frame % variants.length]()}</AbsoluteFill>;
}
