// A saturation course promo: the waveform visual and a feature card grid, timing from the fps constant.
import React from 'react';
import { AbsoluteFill, Series } from 'remotion';
import {
  CardGrid,
  CenterScene,
  CTAButton,
  FeatureCard,
  FPS,
  Headline,
  SceneExit,
  WaveformVisual,
  type GeneratedVideoProps,
} from '@ppr/components';

const SECONDS = [3, 4, 4, 4] as const;

export default function SaturationPromo({ script, facts }: GeneratedVideoProps) {
  const palette = script.colorPalette;
  const modules = (facts.modules ?? []).slice(0, 4);
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <Series>
        <Series.Sequence durationInFrames={SECONDS[0] * FPS}>
          <SceneExit>
            <CenterScene>
              <WaveformVisual drive={4} color={palette.primary} colorTo={palette.accent} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={SECONDS[1] * FPS}>
          <SceneExit>
            <CenterScene>
              <Headline text={script.scenes[1]?.headline ?? ''} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={SECONDS[2] * FPS}>
          <SceneExit>
            <CenterScene>
              <CardGrid>
                {modules.map((title, index) => (
                  <FeatureCard key={title} icon="wave" title={title} color={palette.secondary} delay={index * 5} />
                ))}
              </CardGrid>
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={SECONDS[3] * FPS}>
          <SceneExit variant="fade">
            <CenterScene>
              <CTAButton text={facts.cta} from={palette.primary} to={palette.secondary} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
      </Series>
    </AbsoluteFill>
  );
}
