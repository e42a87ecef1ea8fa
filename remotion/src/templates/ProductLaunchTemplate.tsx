import React from 'react';
import { formatPrice } from '../components';
import type { ProductPromoProps, TemplateScene } from '../types';
import { EndCardLayout, HookLayout, ListLayout, OfferLayout, type SceneText } from './layouts';
import { ScriptVideo } from './ScriptVideo';
import { bullets, MOOD_LABELS, sceneText } from './text';

const FEATURES_PER_SCENE = 4;

export type ProductSceneLayout =
  | { kind: 'hook'; text: SceneText }
  | { kind: 'list'; text: SceneText; items: string[]; variant: 'cross' | 'check' | 'number'; firstNumber: number; hiddenCount: number }
  | { kind: 'offer'; text: SceneText }
  | { kind: 'end'; text: SceneText };

/** Picks every scene's layout from its mood and the product features still unused. */
export const planProductScenes = (props: ProductPromoProps): ProductSceneLayout[] => {
  const scenes = props.script.scenes;
  const features = props.features.map((f) => f.trim()).filter(Boolean);
  let featureOffset = 0;
  return scenes.map((scene: TemplateScene, index): ProductSceneLayout => {
    const points = bullets(scene);
    const label = MOOD_LABELS[scene.mood];
    if (index === scenes.length - 1 && scenes.length > 1) {
      return { kind: 'end', text: sceneText(scene, { headline: props.productName, subhead: scene.headline ? `${props.productName} · ${props.productType}` : props.description }) };
    }
    const hook: ProductSceneLayout = {
      kind: 'hook',
      text: sceneText(scene, {
        label: index === 0 ? props.productType : label,
        headline: props.productName,
        subhead: index === 0 ? props.description : undefined,
      }),
    };
    const pointsList = (variant: 'cross' | 'check' | 'number', defaults: SceneText): ProductSceneLayout => ({
      kind: 'list',
      text: sceneText(scene, defaults),
      items: points,
      variant,
      firstNumber: 1,
      hiddenCount: 0,
    });
    const nextFeatures = (): ProductSceneLayout | null => {
      if (featureOffset >= features.length) return null;
      const items = features.slice(featureOffset, featureOffset + FEATURES_PER_SCENE);
      const layout: ProductSceneLayout = {
        kind: 'list',
        text: sceneText(scene, { label: "What's inside", headline: props.productName }),
        items,
        variant: 'check',
        firstNumber: featureOffset + 1,
        hiddenCount: features.length - featureOffset - items.length,
      };
      featureOffset += items.length;
      return layout;
    };
    switch (scene.mood) {
      case 'intrigue':
        return hook;
      case 'frustration':
        return points.length > 0 ? pointsList('cross', { label }) : hook;
      case 'solution':
      case 'proof':
        return points.length > 0 ? pointsList('check', { label }) : (nextFeatures() ?? hook);
      case 'urgency':
        return { kind: 'offer', text: sceneText(scene, { label, headline: props.productName }) };
      case 'excitement':
        return points.length > 0 ? pointsList('number', { label }) : (nextFeatures() ?? hook);
    }
  });
};

/** A product launch driven by its script: reveal, problems, what's inside, offer and the store's end card. */
export const ProductLaunchTemplate: React.FC<ProductPromoProps> = (props) => {
  const plan = planProductScenes(props);
  const palette = props.script.colorPalette;
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
            return (
              <ListLayout
                text={layout.text}
                items={layout.items}
                variant={layout.variant}
                palette={palette}
                noun={layout.hiddenCount > 0 ? 'features' : 'points'}
                firstNumber={layout.firstNumber}
                hiddenCount={layout.hiddenCount}
              />
            );
          case 'offer':
            return (
              <OfferLayout text={layout.text} price={props.price} currency="USD" note={props.productType} cta="Get it now" palette={palette} />
            );
          case 'end':
            return (
              <EndCardLayout
                text={layout.text}
                brand={props.storeName}
                cta={hasOffer ? 'Get it now' : `Get it now · ${formatPrice(props.price)}`}
                domain={props.domain}
                palette={palette}
              />
            );
        }
      }}
    />
  );
};
