import React from 'react';

export const ExampleCompositions: React.FC = () => <></>;
