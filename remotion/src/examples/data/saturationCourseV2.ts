import type { GeneratedVideoProps } from '../../types';

/** Course promo for "Saturation & Warmth", second cut: tape-machine look, before/after and a tracklist curriculum. */
export const saturationCourseV2Props: GeneratedVideoProps = {
  script: {
    totalDuration: 29.5,
    colorPalette: { primary: '#FBBF24', secondary: '#DC2626', accent: '#FDE68A', background: '#0D0906' },
    scenes: [
      {
        id: 'hook',
        duration: 4,
        headline: 'The sound on every record you love',
        emphasis: 'Warmth',
        mood: 'intrigue',
      },
      {
        id: 'compare',
        duration: 7,
        headline: 'Same take. Same fader. One move.',
        subhead: 'Soft clipping shaves the peaks and fills the gaps with harmonics.',
        emphasis: 'One move.',
        mood: 'solution',
      },
      {
        id: 'tracklist',
        duration: 7,
        headline: 'Six modules, played in order',
        emphasis: 'Six modules',
        mood: 'solution',
      },
      {
        id: 'instructor',
        duration: 5.5,
        headline: 'Learn it from someone who prints it daily',
        subhead: 'Mix engineer with 300+ released records, from bedroom EPs to major-label singles.',
        emphasis: 'prints it daily',
        mood: 'proof',
      },
      {
        id: 'cta',
        duration: 6,
        headline: 'Press record on warmer mixes',
        emphasis: 'warmer mixes',
        mood: 'urgency',
      },
    ],
  },
  facts: {
    kind: 'course',
    title: 'Saturation & Warmth',
    description:
      'Make digital mixes feel analog: tape, tube and transformer saturation, from subtle glue to full grit.',
    price: 49,
    currency: 'USD',
    priceLabel: '$49',
    modules: [
      'How saturation really works',
      'Tape: glue and softness',
      'Tubes: harmonics and warmth',
      'Drums that punch through',
      'Vocals that sit forward',
      'Parallel chains and the mix bus',
    ],
    moduleCount: 6,
    lessonCount: 32,
    enrollmentCount: 1840,
    averageRating: 4.9,
    reviewCount: 312,
    creatorName: 'Jonas Reyes',
    storeName: 'Pause Play Repeat',
    domain: 'pauseplayrepeat.com/saturation',
    cta: 'Enroll now at pauseplayrepeat.com',
  },
  images: [],
  words: [],
};
