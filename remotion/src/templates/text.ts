import type { Mood, TemplateScene } from '../types';
import type { SceneText } from './layouts';

/** A count for display: 12400 -> "12,400". */
export const formatCount = (n: number): string => Math.round(n).toLocaleString('en-US');

/**
 * The phrase to draw in gradient: the first of the scene's emphasised words that the headline contains (a headline
 * highlights one range), else the first of them.
 */
export const highlightOf = (emphasis: readonly string[] | null | undefined, headline: string | undefined): string | undefined => {
  const phrases = (emphasis ?? []).map((phrase) => phrase.trim()).filter(Boolean);
  const lower = headline?.toLowerCase() ?? '';
  return phrases.find((phrase) => lower.includes(phrase.toLowerCase())) ?? phrases[0];
};

/** The scene's own words, falling back to the given defaults field by field. */
export const sceneText = (scene: TemplateScene, defaults: SceneText): SceneText => {
  const headline = scene.headline?.trim() || defaults.headline;
  return {
    label: defaults.label,
    headline,
    highlight: highlightOf(scene.emphasis, headline) || defaults.highlight,
    subhead: scene.subhead?.trim() || defaults.subhead,
  };
};

/** The scene's bullet points without blanks. */
export const bullets = (scene: TemplateScene): string[] => (scene.bulletPoints ?? []).map((b) => b.trim()).filter(Boolean);

/** A short section label for a mood. */
export const MOOD_LABELS: Record<Mood, string> = {
  intrigue: 'Listen up',
  frustration: 'Sound familiar?',
  solution: 'The fix',
  proof: 'The results',
  urgency: "Don't wait",
  excitement: "Let's go",
};
