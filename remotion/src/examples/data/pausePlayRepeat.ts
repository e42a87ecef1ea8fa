import type { GeneratedVideoProps } from '../../types';

/** The Pause Play Repeat brand video: the platform where music creators sell what they make. */
export const pausePlayRepeatProps: GeneratedVideoProps = {
  script: {
    totalDuration: 26,
    colorPalette: { primary: '#8B5CF6', secondary: '#06B6D4', accent: '#F472B6', background: '#07070D' },
    scenes: [
      {
        id: 'pause',
        duration: 4.5,
        headline: 'You finished the beat. Now it sits on a hard drive.',
        subhead: 'Hundreds of ideas. Zero listeners. Zero income.',
        emphasis: 'hard drive',
        mood: 'intrigue',
      },
      {
        id: 'play',
        duration: 6,
        headline: 'Press play on everything you make',
        subhead: 'One storefront for all of it, under your own name.',
        bulletPoints: ['Courses', 'Sample packs', 'Presets', 'Beats'],
        emphasis: 'play',
        mood: 'solution',
      },
      {
        id: 'repeat',
        duration: 5.5,
        headline: 'Sell once. Earn on repeat.',
        subhead: 'Delivery, licences and follow-up emails run themselves while you make the next one.',
        bulletPoints: ['Instant delivery', 'Auto licences', 'Email flows'],
        emphasis: 'on repeat',
        mood: 'solution',
      },
      {
        id: 'proof',
        duration: 4.5,
        headline: 'Built by producers, for producers',
        subhead: 'creators already selling their sound',
        emphasis: '12,000+',
        mood: 'proof',
      },
      {
        id: 'cta',
        duration: 5.5,
        headline: 'Your sound. Your store. Your rules.',
        emphasis: 'Your store.',
        mood: 'excitement',
      },
    ],
  },
  facts: {
    kind: 'brand',
    title: 'Pause Play Repeat',
    description: 'The platform where music producers sell courses, sample packs, presets and beats.',
    averageRating: 4.9,
    reviewCount: 2140,
    storeName: 'Pause Play Repeat',
    domain: 'pauseplayrepeat.com',
    cta: 'Start selling free',
  },
  images: [],
  words: [],
};
