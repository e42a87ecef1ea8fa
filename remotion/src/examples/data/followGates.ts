import type { GeneratedVideoProps } from '../../types';

/**
 * Feature explainer: follow gates (a free download in exchange for a follow). Stat bullets are "value | label";
 * the gate scene's subhead names the gated download.
 */
export const followGatesProps: GeneratedVideoProps = {
  script: {
    totalDuration: 27,
    colorPalette: { primary: '#EC4899', secondary: '#22D3EE', accent: '#A3E635', background: '#07060E' },
    scenes: [
      {
        id: 'hook',
        duration: 4,
        headline: 'Giving your best pack away for nothing?',
        emphasis: 'for nothing',
        bulletPoints: ['2,340 | downloads', '0 | new fans'],
        mood: 'intrigue',
      },
      {
        id: 'gate',
        duration: 8,
        headline: 'Lock it behind a follow',
        subhead: 'Midnight Drums Vol. 2',
        emphasis: 'follow',
        bulletPoints: ['Follow on Instagram', 'Follow on Spotify', 'Join the email list'],
        mood: 'solution',
      },
      {
        id: 'growth',
        duration: 5.5,
        headline: 'Every download becomes a fan',
        subhead: 'new followers from one free pack',
        emphasis: '+3,100',
        mood: 'proof',
      },
      {
        id: 'steps',
        duration: 5,
        headline: 'Live in three steps',
        emphasis: 'three steps',
        bulletPoints: ['Upload your free pack', 'Pick the follows you want', 'Share one link everywhere'],
        mood: 'solution',
      },
      {
        id: 'cta',
        duration: 4.5,
        headline: 'Turn free downloads into real followers',
        emphasis: 'real followers',
        mood: 'excitement',
      },
    ],
  },
  facts: {
    kind: 'brand',
    title: 'Follow Gates',
    description: 'Give a free download in exchange for a follow, a stream or an email address.',
    features: ['Instagram, Spotify, SoundCloud and YouTube follows', 'Email capture', 'Download analytics'],
    storeName: 'Pause Play Repeat',
    domain: 'pauseplayrepeat.com/gates',
    cta: 'Create a follow gate',
  },
  images: [],
  words: [],
};
