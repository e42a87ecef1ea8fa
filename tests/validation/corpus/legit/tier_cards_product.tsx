// A product launch: tier cards from facts, price formatting, a logo lockup.
import React from 'react';
import { AbsoluteFill, Series } from 'remotion';
import { CardGrid, CenterScene, formatPrice, LogoLockup, SceneExit, TierCard, type GeneratedVideoProps } from '@ppr/components';

export default function ProductVideo({ script, facts }: GeneratedVideoProps) {
  const palette = script.colorPalette;
  const price = facts.price ?? 29;
  const tiers = [
    { name: 'Basic', price: formatPrice(price, facts.currency ?? 'USD'), features: (facts.features ?? []).slice(0, 2) },
    { name: 'Pro', price: formatPrice(price * 2, facts.currency ?? 'USD'), features: facts.features ?? [] },
  ];
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <Series>
        <Series.Sequence durationInFrames={210}>
          <SceneExit>
            <CenterScene>
              <LogoLockup name={facts.storeName} from={palette.primary} to={palette.secondary} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={240}>
          <SceneExit>
            <CenterScene>
              <CardGrid>
                {tiers.map((tier, index) => (
                  <TierCard key={tier.name} name={tier.name} price={tier.price} features={tier.features} highlighted={index === 1} color={palette.primary} colorTo={palette.accent} delay={index * 8} />
                ))}
              </CardGrid>
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
      </Series>
    </AbsoluteFill>
  );
}
