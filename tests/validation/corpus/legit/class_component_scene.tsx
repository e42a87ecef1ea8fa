// A class component (this inside a class is allowed) and a Map lookup for icons by string key.
import React from 'react';
import { AbsoluteFill, Sequence, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { Icon, type GeneratedVideoProps } from '@ppr/components';

const ICONS = new Map<string, string>([
  ['intrigue', 'sparkles'],
  ['frustration', 'alert'],
  ['solution', 'check'],
  ['urgency', 'clock'],
]);

class Caption extends React.Component<{ text: string; opacity: number }> {
  render(): React.ReactNode {
    return <div style={{ fontSize: 72, fontWeight: 700, color: '#FFFFFF', opacity: this.props.opacity }}>{this.props.text}</div>;
  }
}

const Scene: React.FC<{ text: string; mood: string; color: string }> = ({ text, mood, color }) => {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const opacity = interpolate(frame, [0, 10, durationInFrames - 10, durationInFrames], [0, 1, 1, 0]);
  return (
    <AbsoluteFill style={{ justifyContent: 'center', alignItems: 'center', gap: 32 }}>
      <Icon name={ICONS.get(mood) ?? 'sparkles'} color={color} size={96} />
      <Caption text={text} opacity={opacity} />
    </AbsoluteFill>
  );
};

export default function Video({ script }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  let start = 0;
  const scenes = script.scenes.map((scene) => {
    const from = start;
    start += Math.round(scene.duration * fps);
    return { scene, from, length: Math.round(scene.duration * fps) };
  });
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background }}>
      {scenes.map(({ scene, from, length }) => (
        <Sequence key={scene.id} from={from} durationInFrames={length}>
          <Scene text={scene.headline ?? ''} mood={scene.mood} color={script.colorPalette.accent} />
        </Sequence>
      ))}
    </AbsoluteFill>
  );
}
