// Wall 3, first half: the page's JavaScript intrinsics are frozen with SES (`lockdown()`) before React, Remotion or
// anything else of ours is loaded. This module imports nothing but `ses`, so an entry that imports it first runs
// it first (lockdownEntry.ts is the first entry of the Remotion bundle and the first import of the preview page).
import 'ses';

/**
 * What lockdown keeps as the page had it, and why:
 * - errorTaming 'unsafe': Error stacks stay readable (Remotion and the engine report them with the frame).
 * - consoleTaming 'unsafe': the page's console is left alone (the engine reads render errors from it).
 * - localeTaming 'unsafe': `toLocaleString('en-US')` keeps formatting numbers (the templates print "1,234"); the
 *   generated code's realm has no Intl and no Date, so it cannot read the clock or the time zone through them.
 * - overrideTaming 'min': only `toString` (Object, Function, iterators) and Error's `name` stay assignable on
 *   objects that inherit them from a frozen prototype (the "override mistake"). 'moderate' also turns
 *   Array.prototype.push, concat and [Symbol.iterator] into accessors, which takes V8 off its fast path for every
 *   array spread and for-of in the page (spreads 4 to 6 times slower; bench/sandbox.py rendered at 0.87x the
 *   speed without walls with 'moderate', 1.05x with 'min'). Nothing in React, Remotion, the Player or zod needs
 *   more than 'min' (webpack assigns its chunk list's `push` before lockdown runs).
 * - evalTaming stays 'safe-eval': eval and Function of the page evaluate through SES (zod builds its parsers with
 *   Function); the generated code's realm has neither.
 */
export const LOCKDOWN_OPTIONS = {
  errorTaming: 'unsafe',
  consoleTaming: 'unsafe',
  localeTaming: 'unsafe',
  overrideTaming: 'min',
  stackFiltering: 'verbose',
  // No SES handlers on window 'error' / 'unhandledrejection': Remotion and the preview page have their own.
  errorTrapping: 'none',
  unhandledRejectionTrapping: 'none',
  reporting: 'none',
} as const;

/** True once this page's intrinsics are frozen and SES's Compartment and harden are installed. */
export const pageIsHardened = (): boolean =>
  Object.isFrozen(Object.prototype) &&
  Object.isFrozen(Function.prototype) &&
  typeof globalThis.harden === 'function' &&
  typeof Compartment === 'function' &&
  // After lockdown, `(() => {}).constructor` is a function that throws instead of the page's Function.
  Function.prototype.constructor !== Function;

/** Locks the page down (once; later calls do nothing). Must run before any other module of the page. */
export const hardenPage = (): void => {
  if (!pageIsHardened()) {
    lockdown(LOCKDOWN_OPTIONS);
  }
};
