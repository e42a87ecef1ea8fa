// Facts from props: stats, price tag and a domain badge; computed styles from the palette.
import React from 'react';
import { AbsoluteFill, Series } from 'remotion';
import {
  CardGrid,
  CenterScene,
  DomainBadge,
  Headline,
  PriceTag,
  SceneExit,
  StatBlock,
  withAlpha,
  type GeneratedVideoProps,
} from '@ppr/components';

export default function CoursePromo({ script, facts }: GeneratedVideoProps) {
  const palette = script.colorPalette;
  const stats = [
    { value: String(facts.lessonCount ?? 12), label: 'lessons' },
    { value: String(facts.enrollmentCount ?? 0), label: 'students' },
    { value: (facts.averageRating ?? 5).toFixed(1), label: 'rating' },
  ];
  const card: React.CSSProperties = {
    border: `2px solid ${withAlpha(palette.primary, 0.2)}`,
    borderRadius: 24,
    background: withAlpha(palette.background, 0.6),
  };
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background, color: '#FFFFFF' }}>
      <Series>
        <Series.Sequence durationInFrames={90}>
          <SceneExit>
            <CenterScene>
              <Headline text={facts.title} from={palette.primary} to={palette.accent} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={4 * 30}>
          <SceneExit>
            <CenterScene>
              <CardGrid>
                {stats.map((stat, index) => (
                  <div key={stat.label} style={card}>
                    <StatBlock value={stat.value} label={stat.label} color={palette.secondary} delay={index * 8} />
                  </div>
                ))}
              </CardGrid>
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <SceneExit variant="up">
            <CenterScene>
              <PriceTag price={facts.price ?? 0} currency={facts.currency ?? 'USD'} color={palette.accent} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={120}>
          <SceneExit variant="fade">
            <CenterScene>
              <DomainBadge domain={facts.domain} color={palette.primary} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
      </Series>
    </AbsoluteFill>
  );
}
