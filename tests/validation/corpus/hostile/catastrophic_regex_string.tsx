// Technique: String.prototype.match with a string pattern, compiled to a catastrophic regular expression.
// expect: catastrophic-regex
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const found = `${'x'.repeat(40)}y${facts.title}`.match('^(x|x)*$');
  return <AbsoluteFill style={{ opacity: found ? 1 : 0.5 }} />;
}
