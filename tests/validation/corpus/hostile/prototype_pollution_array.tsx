// Technique: replacing an Array.prototype method.
// expect: prototype-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const proto = Array.prototype as unknown as { join: () => string };
  proto.join = () => 'pwned';
  return <AbsoluteFill />;
}
