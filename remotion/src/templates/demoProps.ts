// Realistic demo data for the three templates: what the Studio shows and what `make demo` renders.
import type { CoursePromoProps, FeaturePromoProps, ProductPromoProps } from '../types';

export const courseDemoProps: CoursePromoProps = {
  title: 'Saturation & Warmth: Mixing with Harmonics',
  description: 'Learn how pros use saturation to add warmth, weight and glue to drums, vocals and the master bus.',
  price: 49,
  currency: 'USD',
  moduleCount: 8,
  modules: [
    'What saturation really does',
    'Tape, tube and transistor flavours',
    'Drums that hit harder',
    'Vocals that sit in the mix',
    'Bass weight on small speakers',
    'Parallel saturation',
    'Glue on the mix bus',
    'Mastering without harshness',
  ],
  lessonCount: 42,
  enrollmentCount: 2400,
  averageRating: 4.9,
  creatorName: 'Mara Kessler',
  storeName: 'Pause Play Repeat',
  domain: 'pauseplayrepeat.com/saturation',
  script: {
    totalDuration: 29,
    colorPalette: { primary: '#F97316', secondary: '#F472B6', accent: '#FACC15', background: '#0B0708' },
    scenes: [
      {
        id: 'hook',
        duration: 3.5,
        mood: 'intrigue',
        headline: 'Why do pro mixes sound so warm?',
        emphasis: ['warm'],
        subhead: "It's not the plugins. It's saturation.",
      },
      {
        id: 'problem',
        duration: 4.5,
        mood: 'frustration',
        headline: 'Your mixes sound...',
        bulletPoints: ['Thin, sterile drums', "Vocals that won't sit", 'Loud but lifeless masters'],
      },
      {
        id: 'secret',
        duration: 4,
        mood: 'intrigue',
        headline: 'Harmonics are the secret',
        emphasis: ['Harmonics'],
        subhead: 'Drive a clean sine into soft clipping and hear it come alive.',
      },
      { id: 'modules', duration: 5, mood: 'solution', headline: '8 modules. Zero guesswork.', emphasis: ['Zero guesswork'] },
      { id: 'proof', duration: 4, mood: 'proof', headline: 'Producers hear the difference', emphasis: ['hear'] },
      { id: 'offer', duration: 4, mood: 'urgency', headline: 'Launch price ends Sunday', emphasis: ['ends Sunday'] },
      { id: 'cta', duration: 4, mood: 'excitement', headline: 'Make it warm. Make it yours.', emphasis: ['warm'] },
    ],
  },
  imageUrls: [],
};

export const featureDemoProps: FeaturePromoProps = {
  featureName: 'Email Automations',
  tagline: 'Turn every free download into a fan who buys.',
  painPoints: [
    'Fans download once and vanish',
    'Follow-ups by hand eat your studio time',
    "No idea who's ready to buy",
  ],
  solution: [
    { icon: 'automation', title: 'Set-and-forget sequences', description: 'Welcome, nurture and launch emails go out on their own.' },
    { icon: 'users', title: 'Smart fan segments', description: 'Tag fans by genre, DAW and what they downloaded.' },
    { icon: 'chart', title: 'Revenue per email', description: 'See exactly which email sold which beat.' },
  ],
  stats: [
    { value: '3.2x', label: 'more repeat buyers' },
    { value: '47%', label: 'average open rate' },
    { value: '10 hrs', label: 'saved every month' },
  ],
  steps: [
    { time: 'Day 0', icon: 'download', text: 'A fan grabs your free loop kit' },
    { time: '+1 hour', icon: 'mail', text: 'Welcome email with your best beat' },
    { time: 'Day 3', icon: '🎁', text: 'Exclusive 30% off the full pack' },
    { time: 'Day 7', icon: 'dollar', text: 'They buy while you make music' },
  ],
  storeName: 'Pause Play Repeat',
  domain: 'pauseplayrepeat.com',
  script: {
    totalDuration: 27,
    colorPalette: { primary: '#8B5CF6', secondary: '#06B6D4', accent: '#F472B6', background: '#07070D' },
    scenes: [
      { id: 'hook', duration: 3.5, mood: 'intrigue', headline: '1,000 downloads. 0 sales?', emphasis: ['0 sales'] },
      { id: 'pain', duration: 4.5, mood: 'frustration', headline: 'Sound familiar?' },
      { id: 'features', duration: 5, mood: 'solution', headline: 'Email that sells while you sleep', emphasis: ['while you sleep'] },
      { id: 'how', duration: 5, mood: 'solution', headline: 'Set it once. It runs itself.', emphasis: ['runs itself'] },
      { id: 'proof', duration: 4.5, mood: 'proof', headline: 'Creators see results fast', emphasis: ['results'] },
      { id: 'cta', duration: 4.5, mood: 'excitement', headline: 'Turn downloads into fans', emphasis: ['fans'] },
    ],
  },
};

export const productDemoProps: ProductPromoProps = {
  productName: 'Midnight Drums Vol. 2',
  productType: 'Drum Sample Pack',
  price: 29,
  description: '370 hard-hitting one-shots and loops, mixed and ready to drop into your next beat.',
  features: [
    '250 one-shots and 120 loops',
    'Tuned 808s in every key',
    'Royalty-free for your releases',
    '24-bit WAV, ready for any DAW',
    'Bonus: 40 MIDI grooves',
    'Labelled by BPM and key',
  ],
  storeName: 'Pause Play Repeat',
  domain: 'pauseplayrepeat.com/midnight-drums',
  script: {
    totalDuration: 24,
    colorPalette: { primary: '#06B6D4', secondary: '#8B5CF6', accent: '#F472B6', background: '#05080D' },
    scenes: [
      { id: 'reveal', duration: 3.5, mood: 'intrigue', headline: 'Drums that hit after midnight', emphasis: ['hit'] },
      { id: 'problem', duration: 4, mood: 'frustration', headline: 'Tired of flat, muddy drums?', bulletPoints: ['Kicks lost under the 808', 'Snares with no snap', 'Hours digging through packs'] },
      { id: 'inside', duration: 5, mood: 'solution', headline: "What's inside", emphasis: ['inside'] },
      { id: 'more', duration: 4, mood: 'excitement', headline: 'Built for your next beat', emphasis: ['next beat'] },
      { id: 'offer', duration: 4, mood: 'urgency', headline: 'Launch price for 48 hours', emphasis: ['48 hours'] },
      { id: 'cta', duration: 3.5, mood: 'excitement', headline: 'Make the drums hit', emphasis: ['hit'] },
    ],
  },
  imageUrls: [],
};
