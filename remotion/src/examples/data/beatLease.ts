import type { GeneratedVideoProps } from '../../types';

/**
 * Feature explainer: beat leasing with licence tiers. Tier bullets are "Name | Price | feature · feature"; the
 * tier named by the scene's emphasis is the featured one.
 */
export const beatLeaseProps: GeneratedVideoProps = {
  script: {
    totalDuration: 31.5,
    colorPalette: { primary: '#F59E0B', secondary: '#A855F7', accent: '#F43F5E', background: '#0A0710' },
    scenes: [
      {
        id: 'hook',
        duration: 4.5,
        headline: 'One beat. Three ways to get paid.',
        emphasis: 'Three ways',
        mood: 'intrigue',
      },
      {
        id: 'dms',
        duration: 4.5,
        headline: 'Still selling beats in your DMs?',
        emphasis: 'in your DMs',
        bulletPoints: [
          'yo how much for this beat?',
          '$50, WAV only',
          'can u do $10 tho',
          'ok $30 but send it now',
          'wait… can I put it on Spotify?',
        ],
        mood: 'frustration',
      },
      {
        id: 'tiers',
        duration: 7.5,
        headline: 'Licence tiers that sell themselves',
        emphasis: 'Premium',
        bulletPoints: [
          'Basic | $29 | MP3 · 5,000 streams',
          'Premium | $79 | WAV + stems · 100,000 streams',
          'Exclusive | $499 | Full ownership · Unlimited',
        ],
        mood: 'solution',
      },
      {
        id: 'contract',
        duration: 5.5,
        headline: 'Contracts and delivery on autopilot',
        subhead: 'Every lease ships with a signed licence PDF and the right files, the second it sells.',
        emphasis: 'autopilot',
        mood: 'solution',
      },
      {
        id: 'earnings',
        duration: 4.5,
        headline: 'Beats that keep paying',
        subhead: 'paid out to producers from leases last year',
        emphasis: '$2.4M',
        mood: 'proof',
      },
      {
        id: 'cta',
        duration: 5,
        headline: 'Upload a beat. Pick your prices. Done.',
        emphasis: 'Done.',
        mood: 'excitement',
      },
    ],
  },
  facts: {
    kind: 'brand',
    title: 'Beat Leasing',
    description: 'Sell beats with Basic, Premium and Exclusive licences, automatic contracts and instant delivery.',
    features: ['Licence tiers', 'Auto-generated contracts', 'Instant file delivery', 'Exclusive sell-out'],
    storeName: 'Pause Play Repeat',
    domain: 'pauseplayrepeat.com/beats',
    cta: 'Start leasing your beats',
  },
  images: [],
  words: [],
};
