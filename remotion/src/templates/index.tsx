import React from 'react';
import { Composition } from 'remotion';
import { FPS } from '../theme';
import type { CoursePromoProps, FeaturePromoProps, ProductPromoProps } from '../types';
import { CoursePromoTemplate } from './CoursePromoTemplate';
import { courseDemoProps, featureDemoProps, productDemoProps } from './demoProps';
import { FeatureExplainerTemplate } from './FeatureExplainerTemplate';
import { ProductLaunchTemplate } from './ProductLaunchTemplate';
import { scriptDurationInFrames, scriptMetadata } from './timing';

const WIDTH = 1080;
const HEIGHT = 1920;

/** The three prop-driven templates; the renderer may override the size, the script sets the duration. */
export const TemplateCompositions: React.FC = () => (
  <>
    <Composition
      id="CoursePromoTemplate"
      component={CoursePromoTemplate}
      defaultProps={courseDemoProps}
      calculateMetadata={scriptMetadata<CoursePromoProps>()}
      durationInFrames={scriptDurationInFrames(courseDemoProps.script)}
      fps={FPS}
      width={WIDTH}
      height={HEIGHT}
    />
    <Composition
      id="FeatureExplainerTemplate"
      component={FeatureExplainerTemplate}
      defaultProps={featureDemoProps}
      calculateMetadata={scriptMetadata<FeaturePromoProps>()}
      durationInFrames={scriptDurationInFrames(featureDemoProps.script)}
      fps={FPS}
      width={WIDTH}
      height={HEIGHT}
    />
    <Composition
      id="ProductLaunchTemplate"
      component={ProductLaunchTemplate}
      defaultProps={productDemoProps}
      calculateMetadata={scriptMetadata<ProductPromoProps>()}
      durationInFrames={scriptDurationInFrames(productDemoProps.script)}
      fps={FPS}
      width={WIDTH}
      height={HEIGHT}
    />
  </>
);
