// Technique: a regular expression with nested quantifiers backtracks exponentially on a long non-matching text.
// expect: catastrophic-regex
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const matches = /^(a+)+$/.test(`${'a'.repeat(40)}!${facts.title}`);
  return <AbsoluteFill style={{ opacity: matches ? 1 : 0.5 }} />;
}
