// Technique: a catalog string passed through a local component to an img.
// expect: dynamic-src
import { Img } from 'remotion';
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const Picture: React.FC<{ link: string }> = ({ link }) => <Img src={link} />;

export default function Video({ facts }: GeneratedVideoProps) {

  return <Picture link={facts.description ?? ''} />;
}
