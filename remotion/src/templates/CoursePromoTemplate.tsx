import React from 'react';
import type { CoursePromoProps, StatItem, TemplateScene } from '../types';
import { formatPrice } from '../components';
import { EndCardLayout, HookLayout, ListLayout, OfferLayout, StatsLayout, WaveLayout, type SceneText } from './layouts';
import { ScriptVideo } from './ScriptVideo';
import { bullets, formatCount, MOOD_LABELS, sceneText } from './text';

const MODULES_PER_SCENE = 4;
const SATURATION_TOPIC = /saturat|distort|warmth|analog|tape|clip|overdrive|harmonic/i;

export type CourseSceneLayout =
  | { kind: 'hook'; text: SceneText }
  | { kind: 'list'; text: SceneText; items: string[]; variant: 'cross' | 'check' | 'number' }
  | { kind: 'modules'; text: SceneText; items: string[]; firstNumber: number; hiddenCount: number }
  | { kind: 'wave'; text: SceneText }
  | { kind: 'stats'; text: SceneText; stats: StatItem[] }
  | { kind: 'offer'; text: SceneText; note?: string }
  | { kind: 'end'; text: SceneText };

/** The course's numbers worth showing as proof, in order of persuasion. */
export const courseStats = (props: CoursePromoProps): StatItem[] => {
  const stats: StatItem[] = [];
  if (props.enrollmentCount && props.enrollmentCount > 0) {
    stats.push({ value: `${formatCount(props.enrollmentCount)}+`, label: 'students enrolled' });
  }
  if (props.averageRating && props.averageRating > 0) {
    stats.push({ value: `${props.averageRating.toFixed(1)}★`, label: 'average rating' });
  }
  const modules = props.moduleCount ?? props.modules?.length ?? 0;
  if (modules > 0) stats.push({ value: String(modules), label: modules === 1 ? 'module' : 'modules' });
  if (props.lessonCount && props.lessonCount > 0) stats.push({ value: String(props.lessonCount), label: 'lessons' });
  return stats;
};

const offerNote = (props: CoursePromoProps): string => {
  const modules = props.moduleCount ?? props.modules?.length;
  const parts = [
    modules ? `${modules} modules` : null,
    props.lessonCount ? `${props.lessonCount} lessons` : null,
    props.creatorName ? `by ${props.creatorName}` : null,
  ].filter(Boolean);
  return parts.join(' · ');
};

/** Picks every scene's layout from its mood and the data still unused: modules spread over solution scenes. */
export const planCourseScenes = (props: CoursePromoProps): CourseSceneLayout[] => {
  const scenes = props.script.scenes;
  const modules = (props.modules ?? []).map((m) => m.trim()).filter(Boolean);
  const stats = courseStats(props);
  const waveTopic = SATURATION_TOPIC.test(`${props.title} ${props.description}`);
  let moduleOffset = 0;
  let waveShown = false;
  return scenes.map((scene: TemplateScene, index): CourseSceneLayout => {
    const points = bullets(scene);
    const label = MOOD_LABELS[scene.mood];
    if (index === scenes.length - 1 && scenes.length > 1) {
      return { kind: 'end', text: sceneText(scene, { headline: props.title, subhead: scene.headline ? props.title : props.description }) };
    }
    switch (scene.mood) {
      case 'intrigue':
        if (index > 0 && waveTopic && !waveShown && points.length === 0) {
          waveShown = true;
          return { kind: 'wave', text: sceneText(scene, { headline: props.title }) };
        }
        return {
          kind: 'hook',
          text: sceneText(scene, { label: props.storeName, headline: props.title, subhead: index === 0 ? props.description : undefined }),
        };
      case 'frustration':
        return points.length > 0
          ? { kind: 'list', text: sceneText(scene, { label, headline: 'Sound familiar?' }), items: points, variant: 'cross' }
          : { kind: 'hook', text: sceneText(scene, { label, headline: "There's a better way" }) };
      case 'solution':
        if (points.length > 0) {
          return { kind: 'list', text: sceneText(scene, { label, headline: props.title }), items: points, variant: 'check' };
        }
        if (moduleOffset < modules.length) {
          const items = modules.slice(moduleOffset, moduleOffset + MODULES_PER_SCENE);
          const layout: CourseSceneLayout = {
            kind: 'modules',
            text: sceneText(scene, { label: 'Inside the course', headline: props.title }),
            items,
            firstNumber: moduleOffset + 1,
            hiddenCount: modules.length - moduleOffset - items.length,
          };
          moduleOffset += items.length;
          return layout;
        }
        if (waveTopic && !waveShown) {
          waveShown = true;
          return { kind: 'wave', text: sceneText(scene, { headline: props.title }) };
        }
        return { kind: 'hook', text: sceneText(scene, { label, headline: props.title, subhead: props.description }) };
      case 'proof':
        if (stats.length > 0) return { kind: 'stats', text: sceneText(scene, { label }), stats };
        return points.length > 0
          ? { kind: 'list', text: sceneText(scene, { label }), items: points, variant: 'check' }
          : { kind: 'hook', text: sceneText(scene, { label, headline: props.creatorName.trim() ? `Taught by ${props.creatorName}` : props.title }) };
      case 'urgency':
        return { kind: 'offer', text: sceneText(scene, { label, headline: props.title }), note: offerNote(props) };
      case 'excitement':
        return points.length > 0
          ? { kind: 'list', text: sceneText(scene, { label }), items: points, variant: 'number' }
          : { kind: 'hook', text: sceneText(scene, { label, headline: props.title }) };
    }
  });
};

/** A course promo driven by its script: hook, problems, modules, proof, offer and end card, one scene per script scene. */
export const CoursePromoTemplate: React.FC<CoursePromoProps> = (props) => {
  const plan = planCourseScenes(props);
  const palette = props.script.colorPalette;
  const price = formatPrice(props.price, props.currency);
  const hasOffer = plan.some((layout) => layout.kind === 'offer');
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
          case 'modules':
            return (
              <ListLayout
                text={layout.text}
                items={layout.items}
                variant="steps"
                palette={palette}
                noun="modules"
                firstNumber={layout.firstNumber}
                hiddenCount={layout.hiddenCount}
              />
            );
          case 'wave':
            return <WaveLayout text={layout.text} palette={palette} />;
          case 'stats':
            return <StatsLayout text={layout.text} stats={layout.stats} palette={palette} />;
          case 'offer':
            return <OfferLayout text={layout.text} price={props.price} currency={props.currency} note={layout.note} cta="Enroll now" palette={palette} />;
          case 'end':
            return (
              <EndCardLayout
                text={layout.text}
                brand={props.storeName}
                cta={hasOffer ? 'Enroll now' : `Enroll now · ${price}`}
                domain={props.domain}
                palette={palette}
              />
            );
        }
      }}
    />
  );
};
