import type { GeneratedVideoProps } from '../../types';

/** Course promo for "Saturation & Warmth": the oscilloscope-and-drive-knob version. */
export const saturationCourseProps: GeneratedVideoProps = {
  script: {
    totalDuration: 32.5,
    colorPalette: { primary: '#F97316', secondary: '#EF4444', accent: '#FBBF24', background: '#0C0705' },
    scenes: [
      {
        id: 'hook',
        duration: 5,
        headline: 'Why do pro mixes sound so warm?',
        emphasis: 'warm',
        mood: 'intrigue',
      },
      {
        id: 'problem',
        duration: 5,
        headline: 'Your mix is clean. It’s also lifeless.',
        emphasis: 'lifeless',
        bulletPoints: [
          'Plugins everywhere, no glue',
          'Drums that never punch through',
          'Vocals buried behind the beat',
        ],
        mood: 'frustration',
      },
      {
        id: 'science',
        duration: 6,
        headline: 'Saturation is harmonics you can feel',
        subhead: 'Soft clipping rounds off the peaks and adds the overtones your ears hear as warmth.',
        emphasis: 'harmonics',
        mood: 'solution',
      },
      {
        id: 'modules',
        duration: 7,
        headline: 'From subtle glue to full grit',
        emphasis: 'full grit',
        mood: 'solution',
      },
      {
        id: 'proof',
        duration: 4.5,
        headline: 'Producers hear the difference',
        emphasis: 'difference',
        mood: 'proof',
      },
      {
        id: 'cta',
        duration: 5,
        headline: 'Make your next mix feel analog',
        emphasis: 'analog',
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
