// Object.keys / entries / fromEntries, reduce and JSON for data shaping; Array.from and Number parsing.
import React from 'react';
import { AbsoluteFill, Series } from 'remotion';
import { CardGrid, CenterScene, SceneExit, StatBig, type GeneratedVideoProps } from '@ppr/components';

export default function Video({ script, facts }: GeneratedVideoProps) {
  const counts = {
    lessons: facts.lessonCount ?? 0,
    modules: facts.moduleCount ?? (facts.modules ?? []).length,
    students: facts.enrollmentCount ?? 0,
  };
  const entries = Object.entries(counts).filter(([, value]) => value > 0);
  const total = Object.values(counts).reduce((sum, value) => sum + value, 0);
  const labels = Object.fromEntries(Object.keys(counts).map((name) => [name, name.toUpperCase()]));
  const summary = JSON.stringify({ total, scenes: script.scenes.length });
  const seconds = Array.from({ length: script.scenes.length }, (_, i) => Number(script.scenes[i]?.duration ?? 0));
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }} data-summary={summary}>
      <Series>
        <Series.Sequence durationInFrames={seconds.length > 0 ? 210 : 210}>
          <SceneExit>
            <CenterScene>
              <CardGrid>
                {entries.map(([name, value], index) => (
                  <StatBig key={name} value={value} label={labels[name] ?? name} delay={index * 6} color={script.colorPalette.primary} />
                ))}
              </CardGrid>
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={240}>
          <SceneExit>
            <CenterScene>
              <StatBig value={total} label="in total" color={script.colorPalette.accent} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
      </Series>
    </AbsoluteFill>
  );
}
