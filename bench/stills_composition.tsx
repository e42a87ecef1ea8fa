// The composition bench/stills.py checks: one Sequence per scene, built on the component library the way
// generated code is (headline, subhead, cards, call to action over an ambient background).
import React from 'react';
import { AbsoluteFill, Sequence } from 'remotion';
import {
  AmbientBackground,
  CenterScene,
  CTAButton,
  FeatureCard,
  FPS,
  Headline,
  Subhead,
  type GeneratedVideoProps,
} from '@ppr/components';

export default function BenchVideo({ script, facts }: GeneratedVideoProps) {
  let start = 0;
  return (
    <AbsoluteFill>
      <AmbientBackground palette={script.colorPalette} />
      {script.scenes.map((scene, index) => {
        const from = start;
        const frames = Math.round(scene.duration * FPS);
        start += frames;
        const last = index === script.scenes.length - 1;
        return (
          <Sequence key={scene.id} from={from} durationInFrames={frames}>
            <CenterScene gap={36}>
              <Headline text={scene.headline ?? facts.title} highlight={scene.emphasis} />
              {scene.subhead ? <Subhead text={scene.subhead} delay={6} /> : null}
              {(scene.bulletPoints ?? []).slice(0, 3).map((point, i) => (
                <FeatureCard key={point} icon="check" title={point} delay={8 + i * 4} />
              ))}
              {last ? <CTAButton text={facts.cta} delay={10} /> : null}
            </CenterScene>
          </Sequence>
        );
      })}
    </AbsoluteFill>
  );
}
