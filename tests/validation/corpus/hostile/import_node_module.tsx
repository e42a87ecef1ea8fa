// Technique: importing a module outside the allowlist.
// expect: forbidden-import
import fs from 'fs';
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  fs.readFileSync('/etc/passwd');
  return <AbsoluteFill />;
}
