// Technique: a component forwards its whole props object with a spread; what the props hold is only known at run time.
// expect: jsx-spread
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

interface CardProps {
  title: string;
  subtitle: string;
}

const Inner = ({ title, subtitle }: CardProps) => (
  <div>
    {title} {subtitle}
  </div>
);

const Card = (props: CardProps) => <Inner {...props} />;

export default function Video({ facts }: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <Card title={facts.storeName} subtitle={facts.domain} />
    </AbsoluteFill>
  );
}
