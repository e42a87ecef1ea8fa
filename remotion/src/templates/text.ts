import type { Mood, VideoScene } from '../types';
import type { SceneText } from './layouts';

/** A count for display: 12400 -> "12,400". */
export const formatCount = (n: number): string => Math.round(n).toLocaleString('en-US');

/** The scene's own words, falling back to the given defaults field by field. */
export const sceneText = (scene: VideoScene, defaults: SceneText): SceneText => ({
  label: defaults.label,
  headline: scene.headline?.trim() || defaults.headline,
  highlight: scene.emphasis?.trim() || defaults.highlight,
  subhead: scene.subhead?.trim() || defaults.subhead,
});

/** The scene's bullet points without blanks. */
export const bullets = (scene: VideoScene): string[] => (scene.bulletPoints ?? []).map((b) => b.trim()).filter(Boolean);

/** A short section label for a mood. */
export const MOOD_LABELS: Record<Mood, string> = {
  intrigue: 'Listen up',
  frustration: 'Sound familiar?',
  solution: 'The fix',
  proof: 'The results',
  urgency: "Don't wait",
  excitement: "Let's go",
};
