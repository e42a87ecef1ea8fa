// The component library as generated code sees it: `import { ... } from '@ppr/components'`.
export * from './components';
export { C, F, FPS } from './theme';
export type * from './types';
