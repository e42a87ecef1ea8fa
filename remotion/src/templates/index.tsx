import React from 'react';

export const TemplateCompositions: React.FC = () => <></>;
