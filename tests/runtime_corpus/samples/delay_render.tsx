// Technique: delayRender() with no continueRender(), which would hold the frame until Remotion's timeout.
import React from 'react';
import { AbsoluteFill, continueRender, delayRender, useCurrentFrame } from 'remotion';

export default function Video() {
  const frame = useCurrentFrame();
  const handle = delayRender(`frame ${frame} waits forever`);
  if (frame < 0) {
    continueRender(handle);
  }
  return <AbsoluteFill style={{ backgroundColor: '#203020' }} />;
}
