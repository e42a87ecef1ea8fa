// Technique: image-set() loads a bare string (no url()), with its scheme written as CSS escapes.
// expect: css-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill style={{ backgroundImage: 'image-set("\\68 ttps\\3a\\2f\\2f evil.example/a.png" 1x)' }} />;
}
