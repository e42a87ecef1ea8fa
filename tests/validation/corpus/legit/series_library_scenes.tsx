// Four scenes in a Series with literal durations, built from the component library.
import React from 'react';
import { AbsoluteFill, Series } from 'remotion';
import { AmbientBackground, CenterScene, CTAButton, FadeUp, Headline, SceneExit, Subhead } from '@ppr/components';
import type { GeneratedVideoProps } from '@ppr/components';

export default function PromoVideo({ script, facts }: GeneratedVideoProps) {
  const palette = script.colorPalette;
  const [hook, problem, solution, cta] = script.scenes;
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <AmbientBackground palette={palette} />
      <Series>
        <Series.Sequence durationInFrames={90}>
          <SceneExit>
            <CenterScene>
              <Headline text={hook?.headline ?? facts.title} from={palette.primary} to={palette.secondary} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <SceneExit variant="up">
            <CenterScene>
              <Headline text={problem?.headline ?? ''} />
              <Subhead text={(problem?.bulletPoints ?? []).join(' · ')} delay={10} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <SceneExit>
            <CenterScene>
              <FadeUp>
                <Headline text={solution?.headline ?? ''} from={palette.accent} to={palette.primary} />
              </FadeUp>
              <Subhead text={solution?.subhead ?? ''} delay={8} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <SceneExit variant="fade">
            <CenterScene>
              <Headline text={cta?.headline ?? facts.cta} />
              <CTAButton text={facts.cta} from={palette.primary} to={palette.accent} delay={12} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
      </Series>
    </AbsoluteFill>
  );
}
