import React from 'react';
import { DynamicVideoComposition } from './DynamicVideo';
import { ExampleCompositions } from './examples';
import { TemplateCompositions } from './templates';

export const RemotionRoot: React.FC = () => (
  <>
    <DynamicVideoComposition />
    <TemplateCompositions />
    <ExampleCompositions />
  </>
);
