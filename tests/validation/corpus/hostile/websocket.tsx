// Technique: opening a WebSocket.
// expect: network-api
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const socket = new WebSocket('ws://' + facts.domain);
  socket.close();
  return <AbsoluteFill />;
}
