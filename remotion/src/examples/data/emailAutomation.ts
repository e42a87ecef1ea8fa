import type { GeneratedVideoProps } from '../../types';

/** Feature explainer: email automation for creators. Step and stat bullets use "left | right". */
export const emailAutomationProps: GeneratedVideoProps = {
  script: {
    totalDuration: 27,
    colorPalette: { primary: '#6366F1', secondary: '#22D3EE', accent: '#F9A8D4', background: '#05060F' },
    scenes: [
      {
        id: 'hook',
        duration: 4,
        headline: 'Still emailing every buyer by hand?',
        subhead: 'Copy. Paste. Forget. Lose the sale.',
        emphasis: 'by hand',
        mood: 'frustration',
      },
      {
        id: 'problem',
        duration: 5,
        headline: 'Every fan you don’t follow up with is a fan you lose',
        emphasis: 'fan you lose',
        bulletPoints: [
          'Buyers never hear from you again',
          'Launch emails go out late',
          'Hours lost to copy-paste every week',
        ],
        mood: 'frustration',
      },
      {
        id: 'flow',
        duration: 7,
        headline: 'Build the flow once. It runs forever.',
        emphasis: 'runs forever',
        bulletPoints: [
          'Day 0 | Welcome + free drum kit',
          'Day 2 | The story behind the kit',
          'Day 5 | 20% off the full pack',
          'Day 9 | Last call before it ends',
        ],
        mood: 'solution',
      },
      {
        id: 'stats',
        duration: 5.5,
        headline: 'Creators on autopilot',
        emphasis: 'autopilot',
        bulletPoints: ['52% | average open rate', '3.4x | more repeat buyers', '6h | saved every week'],
        mood: 'proof',
      },
      {
        id: 'cta',
        duration: 5.5,
        headline: 'Switch on your first flow tonight',
        emphasis: 'first flow',
        mood: 'urgency',
      },
    ],
  },
  facts: {
    kind: 'brand',
    title: 'Email Automation',
    description: 'Welcome series, launch sequences and follow-ups that send themselves, built into your store.',
    features: ['Visual flow builder', 'Triggers on purchase, download or follow', 'Open and click tracking'],
    storeName: 'Pause Play Repeat',
    domain: 'pauseplayrepeat.com/email',
    cta: 'Automate your emails',
  },
  images: [],
  words: [],
};
