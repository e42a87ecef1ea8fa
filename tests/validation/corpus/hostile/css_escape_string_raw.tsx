// Technique: String.raw keeps CSS escapes for the browser to decode: \75 rl( and http\3a\2f\2f spell a remote url().
// expect: css-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill style={{ backgroundImage: String.raw`\75 rl(http\3a\2f\2f evil.example/x.png)` }} />;
}
