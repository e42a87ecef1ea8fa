// The props contract of every prop-driven composition, declared once as a zod schema on its <Composition>.
// domain/template_props.py mirrors these; tests/contracts checks the two against each other.
import { dynamicVideoSchema } from './dynamicVideo';
import { coursePromoSchema, featurePromoSchema, productPromoSchema } from './templates';

export * from './common';
export * from './dynamicVideo';
export * from './issues';
export * from './script';
export * from './templates';

/** Composition id -> its props schema (the examples have none: their props are GeneratedVideoProps). */
export const COMPOSITION_SCHEMAS = {
  DynamicVideo: dynamicVideoSchema,
  CoursePromoTemplate: coursePromoSchema,
  ProductLaunchTemplate: productPromoSchema,
  FeatureExplainerTemplate: featurePromoSchema,
} as const;
