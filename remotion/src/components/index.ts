// The component library: every composition (examples, templates, generated code) builds on these exports.
export { FadeUp, PopIn, SceneExit, SlideIn, useEntrance, useExit, usePulse } from './Animations';
export type { EntranceOptions, FadeUpProps, PopInProps, SceneExitProps, SlideInProps } from './Animations';
export {
  AmbientBackground,
  CinematicBG,
  GlowOrb,
  GridPattern,
  PaletteGradient,
  ScanLine,
  Vignette,
} from './Background';
export type {
  AmbientBackgroundProps,
  CinematicBGProps,
  GlowOrbProps,
  GridPatternProps,
  PaletteGradientProps,
  ScanLineProps,
  VignetteProps,
} from './Background';
export { CaptionOverlay, paginateWords } from './Captions';
export type { CaptionOverlayProps, CaptionPage } from './Captions';
export { FeatureCard, GlassCard, IconBadge, ReasonCard, StepCard, StepRow, TierCard } from './Cards';
export type {
  FeatureCardProps,
  GlassCardProps,
  IconBadgeProps,
  ReasonCardProps,
  StepCardProps,
  StepRowProps,
  TierCardProps,
} from './Cards';
export { contrastRatio, gradient, legibleOn, parseColor, readableTextOn, textOnFill, underText, withAlpha } from './color';
export type { TextOnFill } from './color';
export { ConnectorLine } from './Connectors';
export type { ConnectorLineProps } from './Connectors';
export { CTAButton, DomainBadge, formatPrice, LogoIcon, LogoLockup, PriceTag } from './CTA';
export type { CTAButtonProps, DomainBadgeProps, LogoIconProps, LogoLockupProps, PriceTagProps } from './CTA';
export { Icon, ICON_NAMES, resolveIconName } from './Icons';
export type { IconName, IconProps } from './Icons';
export { autoColumns, CardGrid, CenterScene, orientationOf, safeInsets, useLayout } from './Layout';
export type { CardGridProps, CenterSceneProps, FrameLayout, Orientation, SafeInsets } from './Layout';
export { countedValue, parseStatValue, StatBig, StatBlock, StatCounter } from './Stats';
export type { ParsedStat, StatBigProps, StatBlockProps, StatCounterProps } from './Stats';
export { estimateEm, fitFontSize, graphemes } from './text';
export type { FitTextOptions } from './text';
export { GradientText, Headline, SectionLabel, Subhead } from './Typography';
export type { GradientTextProps, HeadlineProps, SectionLabelProps, SubheadProps } from './Typography';
export { saturate, WaveformVisual } from './Waveform';
export type { WaveformVisualProps } from './Waveform';
