// bench/sandbox.py measures render speed with the walls against without them, in one run. Its second engine
// bundles with PPR_BENCH_WITHOUT_WALLS=1, which webpack-override.ts turns into this constant (and a bundle of its
// own hash). No other bundle defines it: the preview page, the Studio and every engine bundle have the walls.
declare const __PPR_BENCH_WITHOUT_WALLS__: boolean | undefined;

/** True only in the bench's comparison bundle: no lockdown, generated code run as before the walls. */
export const WITHOUT_WALLS: boolean =
  typeof __PPR_BENCH_WITHOUT_WALLS__ !== 'undefined' && __PPR_BENCH_WITHOUT_WALLS__ === true;
