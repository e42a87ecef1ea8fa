// Technique: const literal data changed in place (Object.assign, push) before it is spread.
// expect: jsx-spread
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const HERO = { title: 'Hello' };
const ROWS: { title: string }[] = [{ title: 'One' }];

const Row = ({ title }: { title: string }) => <div>{title}</div>;

export default function Video({ facts }: GeneratedVideoProps) {
  Object.assign(HERO, { imageUrl: facts.domain });
  ROWS.push({ title: facts.storeName });
  return (
    <AbsoluteFill>
      <Row {...HERO} />
      {ROWS.map((row) => (
        <Row key={row.title} {...row} />
      ))}
    </AbsoluteFill>
  );
}
