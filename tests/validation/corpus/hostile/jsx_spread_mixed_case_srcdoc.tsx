// Technique: a mixed-case SrcDoc key in spread data that the component forwards as markup.
// expect: jsx-spread
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const EMBED = { title: 'Intro', SrcDoc: '<script>parent.postMessage(document.cookie, "*")</script>' };

const Frame = ({ title, SrcDoc }: { title: string; SrcDoc: string }) => <div title={title} data-srcdoc={SrcDoc} />;

export default function Video(_props: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <Frame {...EMBED} />
    </AbsoluteFill>
  );
}
