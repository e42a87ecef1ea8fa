// A feature explainer: step rows joined by connectors, reason cards, an icon badge.
import React from 'react';
import { AbsoluteFill, Series } from 'remotion';
import { CenterScene, ConnectorLine, IconBadge, ReasonCard, SceneExit, StepRow, type GeneratedVideoProps } from '@ppr/components';

const STEPS = [
  { time: '0:00', icon: 'upload', text: 'Drop in your track' },
  { time: '0:05', icon: 'wave', text: 'Dial the drive' },
  { time: '0:10', icon: 'check', text: 'Export the master' },
];

export default function FeatureVideo({ script, facts }: GeneratedVideoProps) {
  const palette = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <Series>
        <Series.Sequence durationInFrames={90}>
          <SceneExit>
            <CenterScene>
              <IconBadge icon="sparkles" color={palette.accent} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <SceneExit>
            <CenterScene>
              {(facts.features ?? []).slice(0, 3).map((feature, index) => (
                <ReasonCard key={feature} title={feature} index={index + 1} color={palette.primary} delay={index * 6} />
              ))}
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <SceneExit>
            <CenterScene>
              {STEPS.map((step, index) => (
                <React.Fragment key={step.time}>
                  <StepRow time={step.time} icon={step.icon} text={step.text} color={palette.primary} colorTo={palette.secondary} delay={index * 10} />
                  {index < STEPS.length - 1 ? <ConnectorLine from={palette.primary} to={palette.secondary} delay={index * 10 + 5} /> : null}
                </React.Fragment>
              ))}
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <SceneExit>
            <CenterScene>
              <ReasonCard title={facts.cta} variant="check" color={palette.accent} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
      </Series>
    </AbsoluteFill>
  );
}
