// bench/backgrounds.py: the hype backdrop and a scene over it, from the component library as it is.
import React from 'react';
import { AbsoluteFill } from 'remotion';
import { AmbientBackground, CenterScene, CinematicBG, GlassCard, Headline, Subhead, type GeneratedVideoProps } from '@ppr/components';

export default function LayeredBackdrop({ script }: GeneratedVideoProps) {
  const palette = script.colorPalette;
  return (
    <AbsoluteFill>
      <CinematicBG imageUrl={null} palette={palette} darken={0.9} />
      <AbsoluteFill style={{ opacity: 0.75 }}>
        <AmbientBackground palette={palette} grid gridVariant="floor" scanLine intensity={0.9} />
      </AbsoluteFill>
      <CenterScene gap={36}>
        <Headline text="Your mixes sound flat?" highlight="flat" />
        <Subhead text="Tape, tube and transformer saturation" delay={6} />
        <GlassCard delay={10}>
          <Subhead text="Twelve lessons, from gentle warmth to full grit" />
        </GlassCard>
      </CenterScene>
    </AbsoluteFill>
  );
}
