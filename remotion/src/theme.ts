// Brand colours and type for Pause Play Repeat videos. Fonts are system packages (fonts-inter,
// fonts-noto-core, fonts-noto-color-emoji): nothing is loaded over the network.

export const C = {
  background: '#07070D',
  surface: '#12121C',
  surfaceLight: '#1C1C2A',
  text: '#FFFFFF',
  textMuted: '#A1A1B5',
  textDim: '#6B6B80',
  primary: '#8B5CF6',
  secondary: '#06B6D4',
  accent: '#F472B6',
  warm: '#F97316',
  gold: '#FACC15',
  success: '#22C55E',
  danger: '#EF4444',
} as const;

export const F = "'Inter', 'Noto Sans', 'Noto Color Emoji', 'DejaVu Sans', sans-serif";

export const FPS = 30;
