// The compositions the still-check page can show: generated code through DynamicVideo, and the templates
// (the agent's fallback when its own code fails), each with the props it is rendered with.
import type React from 'react';
import { DynamicVideo } from '../src/DynamicVideo';
import { CoursePromoTemplate } from '../src/templates/CoursePromoTemplate';
import { FeatureExplainerTemplate } from '../src/templates/FeatureExplainerTemplate';
import { ProductLaunchTemplate } from '../src/templates/ProductLaunchTemplate';

// Each component types its own props; the page only passes through what Python sent.
type AnyComposition = React.ComponentType<any>;

export const PREVIEW_COMPOSITIONS: Readonly<Record<string, AnyComposition>> = {
  DynamicVideo,
  CoursePromoTemplate,
  FeatureExplainerTemplate,
  ProductLaunchTemplate,
};

export type PreviewLoad = {
  /** A key of PREVIEW_COMPOSITIONS. */
  composition: string;
  inputProps: Record<string, unknown>;
  width: number;
  height: number;
  durationInFrames: number;
};
