import React from 'react';
import type { FeaturePromoProps, SolutionItem, StatItem, StepItem, TemplateScene } from '../types';
import { EndCardLayout, FeatureGridLayout, HookLayout, ListLayout, StatsLayout, TimelineLayout, type SceneText } from './layouts';
import { ScriptVideo } from './ScriptVideo';
import { bullets, MOOD_LABELS, sceneText } from './text';

const SOLUTIONS_PER_SCENE = 4;

export type FeatureSceneLayout =
  | { kind: 'hook'; text: SceneText }
  | { kind: 'list'; text: SceneText; items: string[]; variant: 'cross' | 'check' | 'number' }
  | { kind: 'solutions'; text: SceneText; items: SolutionItem[] }
  | { kind: 'stats'; text: SceneText; stats: StatItem[] }
  | { kind: 'steps'; text: SceneText; steps: StepItem[] }
  | { kind: 'end'; text: SceneText };

const clean = (items: string[]): string[] => items.map((s) => s.trim()).filter(Boolean);

/** Picks every scene's layout from its mood and the feature data still unused. */
export const planFeatureScenes = (props: FeaturePromoProps): FeatureSceneLayout[] => {
  const scenes = props.script.scenes;
  const pains = clean(props.painPoints);
  const solutions = props.solution.filter((s) => s.title.trim());
  const stats = props.stats.filter((s) => String(s.value).trim());
  const steps = (props.steps ?? []).filter((s) => s.text.trim());
  let painsShown = false;
  let solutionOffset = 0;
  let stepsShown = false;
  return scenes.map((scene: TemplateScene, index): FeatureSceneLayout => {
    const points = bullets(scene);
    const label = MOOD_LABELS[scene.mood];
    if (index === scenes.length - 1 && scenes.length > 1) {
      return { kind: 'end', text: sceneText(scene, { headline: props.featureName, subhead: props.tagline }) };
    }
    const nextSolutions = (): FeatureSceneLayout | null => {
      if (solutionOffset >= solutions.length) return null;
      const items = solutions.slice(solutionOffset, solutionOffset + SOLUTIONS_PER_SCENE);
      solutionOffset += items.length;
      return { kind: 'solutions', text: sceneText(scene, { label: props.featureName, headline: props.tagline }), items };
    };
    const stepsScene = (): FeatureSceneLayout | null => {
      if (stepsShown || steps.length === 0) return null;
      stepsShown = true;
      return { kind: 'steps', text: sceneText(scene, { label: 'How it works', headline: 'Set it once. It runs itself.' }), steps };
    };
    const hook: FeatureSceneLayout = {
      kind: 'hook',
      text: sceneText(scene, { label: index === 0 ? `New: ${props.featureName}` : label, headline: props.featureName, subhead: props.tagline }),
    };
    switch (scene.mood) {
      case 'intrigue':
        return hook;
      case 'frustration':
        if (points.length > 0) return { kind: 'list', text: sceneText(scene, { label }), items: points, variant: 'cross' };
        if (!painsShown && pains.length > 0) {
          painsShown = true;
          return { kind: 'list', text: sceneText(scene, { label, headline: 'Sound familiar?' }), items: pains, variant: 'cross' };
        }
        return hook;
      case 'solution':
        if (points.length > 0) return { kind: 'list', text: sceneText(scene, { label: props.featureName }), items: points, variant: 'check' };
        return nextSolutions() ?? stepsScene() ?? hook;
      case 'proof':
        if (stats.length > 0) return { kind: 'stats', text: sceneText(scene, { label }), stats };
        if (points.length > 0) return { kind: 'list', text: sceneText(scene, { label }), items: points, variant: 'check' };
        return hook;
      case 'urgency':
        return stepsScene() ?? { kind: 'end', text: sceneText(scene, { headline: props.featureName, subhead: props.tagline }) };
      case 'excitement':
        if (points.length > 0) return { kind: 'list', text: sceneText(scene, { label }), items: points, variant: 'number' };
        return nextSolutions() ?? stepsScene() ?? hook;
    }
  });
};

/** A feature explainer driven by its script: hook, pain points, solution cards, proof stats, steps and the store's end card. */
export const FeatureExplainerTemplate: React.FC<FeaturePromoProps> = (props) => {
  const plan = planFeatureScenes(props);
  const palette = props.script.colorPalette;
  return (
    <ScriptVideo
      script={props.script}
      imageUrls={props.imageUrls}
      audioUrl={props.audioUrl}
      renderScene={({ index }) => {
        const layout = plan[index];
        switch (layout.kind) {
          case 'hook':
            return <HookLayout text={layout.text} palette={palette} />;
          case 'list':
            return <ListLayout text={layout.text} items={layout.items} variant={layout.variant} palette={palette} noun="points" />;
          case 'solutions':
            return <FeatureGridLayout text={layout.text} items={layout.items} palette={palette} />;
          case 'stats':
            return <StatsLayout text={layout.text} stats={layout.stats} palette={palette} />;
          case 'steps':
            return <TimelineLayout text={layout.text} steps={layout.steps} palette={palette} />;
          case 'end':
            return <EndCardLayout text={layout.text} brand={props.storeName} cta="Try it free" domain={props.domain} palette={palette} />;
        }
      }}
    />
  );
};
