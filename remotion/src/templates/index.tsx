import React from 'react';
import { Composition } from 'remotion';
import { coursePromoSchema, featurePromoSchema, productPromoSchema } from '../schemas';
import { FPS } from '../theme';
import type { CoursePromoProps, FeaturePromoProps, ProductPromoProps } from '../types';
import { CoursePromoTemplate } from './CoursePromoTemplate';
import { courseDemoProps, featureDemoProps, productDemoProps } from './demoProps';
import { FeatureExplainerTemplate } from './FeatureExplainerTemplate';
import { ProductLaunchTemplate } from './ProductLaunchTemplate';
import { scriptDurationInFrames, scriptMetadata } from './timing';

const WIDTH = 1080;
const HEIGHT = 1920;

/**
 * The three prop-driven templates, each with its props schema; the renderer may override the size, the script sets
 * the duration.
 */
export const TemplateCompositions: React.FC = () => (
  <>
    <Composition
      id="CoursePromoTemplate"
      component={CoursePromoTemplate}
      defaultProps={courseDemoProps}
      schema={coursePromoSchema}
      calculateMetadata={scriptMetadata<CoursePromoProps>('CoursePromoTemplate', coursePromoSchema)}
      durationInFrames={scriptDurationInFrames(courseDemoProps.script)}
      fps={FPS}
      width={WIDTH}
      height={HEIGHT}
    />
    <Composition
      id="FeatureExplainerTemplate"
      component={FeatureExplainerTemplate}
      defaultProps={featureDemoProps}
      schema={featurePromoSchema}
      calculateMetadata={scriptMetadata<FeaturePromoProps>('FeatureExplainerTemplate', featurePromoSchema)}
      durationInFrames={scriptDurationInFrames(featureDemoProps.script)}
      fps={FPS}
      width={WIDTH}
      height={HEIGHT}
    />
    <Composition
      id="ProductLaunchTemplate"
      component={ProductLaunchTemplate}
      defaultProps={productDemoProps}
      schema={productPromoSchema}
      calculateMetadata={scriptMetadata<ProductPromoProps>('ProductLaunchTemplate', productPromoSchema)}
      durationInFrames={scriptDurationInFrames(productDemoProps.script)}
      fps={FPS}
      width={WIDTH}
      height={HEIGHT}
    />
  </>
);
