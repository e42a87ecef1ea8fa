// Technique: [].constructor.constructor.
// expect: constructor-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const make = [].constructor.constructor as (code: string) => () => void;
  make('fetch("/x")')();
  return <AbsoluteFill />;
}
