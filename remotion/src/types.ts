// The data contracts between the Python side and the compositions, every one derived from its zod schema in
// ./schemas (z.infer), so a type and its schema cannot drift. domain/script.py mirrors the agent's script and
// facts; domain/template_props.py mirrors every composition's props (tests/contracts compares them).
// Type aliases, not interfaces: Remotion needs props assignable to Record<string, unknown>. Each is re-declared as
// a mapped type so that it keeps its name in compiler messages (see Schema in ./schemas/common.ts).
import type { z } from 'zod';
import type { coursePromoSchema, dynamicVideoSchema, featurePromoSchema, generatedVideoPropsSchema, productPromoSchema } from './schemas';

import type {
  ColorPalette,
  Mood,
  SolutionItem,
  StatItem,
  StepItem,
  TemplateScene,
  TemplateScript,
  VideoFacts,
  VideoScene,
  VideoScript,
  WordTiming,
} from './schemas';

// Imported, then exported: in scope here, the props types below print as `VideoScript`, not import("...").
export type {
  ColorPalette,
  Mood,
  SolutionItem,
  StatItem,
  StepItem,
  TemplateScene,
  TemplateScript,
  VideoFacts,
  VideoScene,
  VideoScript,
  WordTiming,
};

type GeneratedVideoPropsFields = z.infer<typeof generatedVideoPropsSchema>;

/** The props every generated composition receives. */
export type GeneratedVideoProps = { [K in keyof GeneratedVideoPropsFields]: GeneratedVideoPropsFields[K] };

type DynamicVideoPropsFields = z.infer<typeof dynamicVideoSchema>;

/** What DynamicVideo receives: generated code compiled to a CommonJS module, and the data and assets it may use. */
export type DynamicVideoProps = { [K in keyof DynamicVideoPropsFields]: DynamicVideoPropsFields[K] };

type CoursePromoPropsFields = z.infer<typeof coursePromoSchema>;

/** CoursePromoTemplate: a course, its store and a script whose scenes emphasise lists of words. */
export type CoursePromoProps = { [K in keyof CoursePromoPropsFields]: CoursePromoPropsFields[K] };

type ProductPromoPropsFields = z.infer<typeof productPromoSchema>;

/** ProductLaunchTemplate: a product, its store and a script. */
export type ProductPromoProps = { [K in keyof ProductPromoPropsFields]: ProductPromoPropsFields[K] };

type FeaturePromoPropsFields = z.infer<typeof featurePromoSchema>;

/** FeatureExplainerTemplate: a feature of the platform, the store and a script. */
export type FeaturePromoProps = { [K in keyof FeaturePromoPropsFields]: FeaturePromoPropsFields[K] };
