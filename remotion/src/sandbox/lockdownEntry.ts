// The first module of every bundle that runs generated code: the Remotion bundle (webpack-override.ts puts it
// before Remotion's own entries) and the preview page (the first import of preview/main.tsx).
import { WITHOUT_WALLS } from './benchMode';
import { hardenPage } from './hardenPage';

if (!WITHOUT_WALLS) {
  hardenPage();
}
