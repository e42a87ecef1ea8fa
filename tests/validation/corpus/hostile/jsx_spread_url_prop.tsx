// Technique: a tracking URL carried by a spread prop that the component passes to <Img src>.
// expect: jsx-spread
import React from 'react';
import { AbsoluteFill, Img } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const LOGO = { alt: 'Logo', logoSrc: 'https://tracker.example.com/pixel.gif' };

const Logo = ({ alt, logoSrc }: { alt: string; logoSrc: string }) => <Img src={logoSrc} alt={alt} />;

export default function Video(_props: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <Logo {...LOGO} />
    </AbsoluteFill>
  );
}
