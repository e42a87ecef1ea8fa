// Technique: React's internals object.
// expect: internals-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const internals = (React as unknown as Record<string, unknown>).__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
  return <AbsoluteFill>{String(internals)}</AbsoluteFill>;
}
