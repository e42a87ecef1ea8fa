// Shared props written once as const objects (nested style included) and spread into the file's own components.
import React from 'react';
import { AbsoluteFill, Series } from 'remotion';
import { CenterScene, SceneExit, type GeneratedVideoProps } from '@ppr/components';

const TITLE = { size: 96, weight: 800, style: { letterSpacing: -2, textTransform: 'uppercase', margin: 0 } };
const CAPTION = { size: 36, weight: 400, style: { letterSpacing: 1, opacity: 0.8, margin: 0 } };
const BADGE = { label: 'New', radius: 999, padding: [8, 20] };

interface TextProps {
  text: string;
  color: string;
  size: number;
  weight: number;
  style: React.CSSProperties;
}

const Text = React.memo(({ text, color, size, weight, style }: TextProps) => (
  <p style={{ ...style, color, fontSize: size, fontWeight: weight }}>{text}</p>
));

const Badge = ({ label, radius, padding, color }: { label: string; radius: number; padding: number[]; color: string }) => (
  <div style={{ borderRadius: radius, padding: `${padding[0]}px ${padding[1]}px`, border: `2px solid ${color}`, color }}>{label}</div>
);

export default function Video({ script }: GeneratedVideoProps) {
  const palette = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <Series>
        <Series.Sequence durationInFrames={210}>
          <SceneExit>
            <CenterScene>
              <Badge {...BADGE} color={palette.accent} />
              <Text {...TITLE} text={script.scenes[0]?.headline ?? ''} color={palette.primary} />
              <Text {...CAPTION} text="Saturation, explained" color={palette.secondary} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
        <Series.Sequence durationInFrames={240}>
          <SceneExit>
            <CenterScene>
              <Text {...TITLE} text="Start today" color={palette.accent} />
            </CenterScene>
          </SceneExit>
        </Series.Sequence>
      </Series>
    </AbsoluteFill>
  );
}
