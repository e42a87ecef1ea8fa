// Type aliases, not interfaces: Remotion needs props assignable to Record<string, unknown>.
// The data contracts between the Python agent and the compositions. store/script.py mirrors these field for field.

export type Mood = 'intrigue' | 'frustration' | 'solution' | 'proof' | 'urgency' | 'excitement';

export type VideoScene = {
  id: string;
  /** Seconds. */
  duration: number;
  headline?: string;
  subhead?: string;
  bulletPoints?: string[];
  emphasis?: string;
  mood: Mood;
};

export type ColorPalette = {
  primary: string;
  secondary: string;
  accent: string;
  background: string;
};

export type VideoScript = {
  /** Seconds; equals the sum of the scene durations. */
  totalDuration: number;
  scenes: VideoScene[];
  colorPalette: ColorPalette;
};

export type CoursePromoProps = {
  title: string;
  description: string;
  price: number;
  currency: string;
  moduleCount?: number;
  modules?: string[];
  lessonCount?: number;
  enrollmentCount?: number;
  averageRating?: number;
  creatorName: string;
  storeName: string;
  domain: string;
  script: VideoScript;
  imageUrls?: string[];
  audioUrl?: string;
};

export type SolutionItem = {
  icon: string;
  title: string;
  description: string;
};

export type StatItem = {
  value: string;
  label: string;
};

export type StepItem = {
  time: string;
  icon: string;
  text: string;
};

export type FeaturePromoProps = {
  featureName: string;
  tagline: string;
  painPoints: string[];
  solution: SolutionItem[];
  stats: StatItem[];
  steps?: StepItem[];
  domain: string;
  script: VideoScript;
};

export type ProductPromoProps = {
  productName: string;
  productType: string;
  price: number;
  description: string;
  features: string[];
  domain: string;
  script: VideoScript;
  imageUrls?: string[];
};

/** Catalog facts a generated composition may show. They reach the code only as props, never as source text. */
export type VideoFacts = {
  kind: 'course' | 'product' | 'brand';
  title: string;
  description?: string;
  price?: number;
  currency?: string;
  /** The price formatted for display, e.g. "$49". */
  priceLabel?: string;
  modules?: string[];
  moduleCount?: number;
  lessonCount?: number;
  enrollmentCount?: number;
  averageRating?: number;
  reviewCount?: number;
  productType?: string;
  features?: string[];
  creatorName?: string;
  storeName: string;
  domain: string;
  /** The call to action on the last scene. */
  cta: string;
};

export type WordTiming = {
  word: string;
  /** Seconds from the start of the video. */
  start: number;
  end: number;
};

/** The props every generated composition receives. */
export type GeneratedVideoProps = {
  script: VideoScript;
  facts: VideoFacts;
  /** One image URL per scene (null where generation failed: fall back to a gradient). */
  images: (string | null)[];
};

/** What DynamicVideo receives: generated code compiled to a CommonJS module, and the data and assets it may use. */
export type DynamicVideoProps = GeneratedVideoProps & {
  code: string;
  /** The voice-over; DynamicVideo plays it, generated code never adds its own <Audio> for it. */
  audioUrl?: string | null;
  durationInFrames: number;
  width: number;
  height: number;
  /** Word timings of the voice-over, for burned-in captions. */
  words?: WordTiming[];
  /** Draw TikTok-style captions over the video (inside the safe area). */
  burnCaptions?: boolean;
};
