import React from 'react';
import { C, F } from '../theme';
import { useLayout } from './Layout';
import { graphemes } from './text';

// Line icons on a 24x24 grid, drawn for this library. Filled shapes are marked with a leading "F:".
const ICON_PATHS = {
  play: ['F:M7 4.5v15l12.5-7.5z'],
  pause: ['F:M6 4h4v16H6zM14 4h4v16h-4z'],
  check: ['M4.5 12.5l5 5L19.5 7'],
  cross: ['M6 6l12 12M18 6L6 18'],
  bolt: ['M13 2L4 14h7l-1 8 9-12h-7z'],
  mail: ['M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z', 'M3 7l9 6 9-6'],
  send: ['M21 3L10 14', 'M21 3l-7 18-4-7-7-4z'],
  clock: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z', 'M12 7v5l3.5 2'],
  calendar: ['M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z', 'M3 10h18M8 3v4M16 3v4'],
  chart: ['M3 21h18', 'M6 17v-5M11 17V7M16 17v-8M21 17V4'],
  trending: ['M3 17l6-6 4 4 8-8', 'M15 7h6v6'],
  music: ['M9 18V5l12-2v13', 'M6 15a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM18 13a3 3 0 1 0 0 6 3 3 0 0 0 0-6z'],
  waveform: ['M2 12h3l2-5 3 10 3-14 3 18 2-9h4'],
  headphones: [
    'M3 18v-6a9 9 0 0 1 18 0v6',
    'M21 19a2 2 0 0 1-2 2h-1a2 2 0 0 1-2-2v-3a2 2 0 0 1 2-2h3zM3 19a2 2 0 0 0 2 2h1a2 2 0 0 0 2-2v-3a2 2 0 0 0-2-2H3z',
  ],
  mic: ['M12 2a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V5a3 3 0 0 1 3-3z', 'M5 11a7 7 0 0 0 14 0M12 18v4M8 22h8'],
  drum: ['M12 5c4.4 0 8 1.3 8 3s-3.6 3-8 3-8-1.3-8-3 3.6-3 8-3z', 'M4 8v8c0 1.7 3.6 3 8 3s8-1.3 8-3V8', 'M15 2l-2 7M9 2l2 7'],
  keys: ['M5 4h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z', 'M8 4v10M12 4v10M16 4v10M8 14v6M12 14v6M16 14v6'],
  knob: ['M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z', 'M12 12l4-4', 'M12 1v1M23 12h-1M1 12h1'],
  sliders: ['M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1', 'M15 4v4M9 10v4M17 16v4'],
  download: ['M12 3v12M7 10l5 5 5-5M4 21h16'],
  lock: ['M6 11h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-8a1 1 0 0 1 1-1z', 'M8 11V7a4 4 0 0 1 8 0v4'],
  star: ['F:M12 2.5l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17.4l-6.1 3.5 1.5-6.8-5.2-4.6 6.9-.7z'],
  users: [
    'M9 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
    'M2 21v-1a6 6 0 0 1 6-6h2a6 6 0 0 1 6 6v1',
    'M16 4.2a4 4 0 0 1 0 7.6M22 21v-1a6 6 0 0 0-4-5.6',
  ],
  sparkles: ['M11 3l1.9 5.1L18 10l-5.1 1.9L11 17l-1.9-5.1L4 10l5.1-1.9z', 'M19 15l.8 2.2L22 18l-2.2.8L19 21l-.8-2.2L16 18l2.2-.8z'],
  arrow: ['M4 12h16M14 6l6 6-6 6'],
  gift: ['M3 8h18v4H3z', 'M5 12v9h14v-9M12 8v13', 'M12 8C10.5 5 8 3.5 6.8 4.8 5.6 6.2 8 8 12 8zM12 8c1.5-3 4-4.5 5.2-3.2C18.4 6.2 16 8 12 8z'],
  fire: ['M12 22c4 0 7-3 7-7 0-4-3-6-4.5-10-2 2-3 4-3 6-1-1-2-2.2-2-4-2 2-5.5 5-5.5 8 0 4 4 7 8 7z'],
  target: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z', 'M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10z', 'F:M12 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z'],
  dollar: ['M12 2v20', 'M17 6.5C16 5 14 4 12 4 9.2 4 7 5.5 7 7.8c0 5 10 2.7 10 8 0 2.3-2.2 3.7-5 3.7-2.2 0-4.2-1-5.2-2.7'],
  link: ['M10 14a4 4 0 0 0 5.7 0l3.5-3.5a4 4 0 0 0-5.7-5.7L12 6.3', 'M14 10a4 4 0 0 0-5.7 0l-3.5 3.5a4 4 0 0 0 5.7 5.7l1.5-1.5'],
  bell: ['M6 16v-5a6 6 0 0 1 12 0v5l2 2H4z', 'M10 21h4'],
  rocket: ['M12 15l-3-3c1.2-4.5 4.5-8 11-9-1 6.5-4.5 9.8-8 12z', 'M9 12l-4 .5-2.5 3 5 1.5M12 15l-.5 4-3 2.5-1.5-5', 'M15 7.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z'],
  heart: ['F:M12 20.5S3.5 15.5 3.5 9.5A4.5 4.5 0 0 1 12 7.2a4.5 4.5 0 0 1 8.5 2.3c0 6-8.5 11-8.5 11z'],
  repeat: ['M17 2l4 4-4 4', 'M3 12v-2a4 4 0 0 1 4-4h14', 'M7 22l-4-4 4-4', 'M21 12v2a4 4 0 0 1-4 4H3'],
  automation: ['M7 6h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1z', 'M9 2v4M15 2v4M9 18v4M15 18v4M2 9h4M2 15h4M18 9h4M18 15h4', 'M10 10h4v4h-4z'],
  shield: ['M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z', 'M8.5 12l2.5 2.5 4.5-5'],
  trophy: ['M8 21h8M12 17v4', 'M7 4h10v5a5 5 0 0 1-10 0z', 'M7 6H4v1a3 3 0 0 0 3 3M17 6h3v1a3 3 0 0 1-3 3'],
  globe: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z', 'M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z'],
  book: ['M4 4.5A1.5 1.5 0 0 1 5.5 3H20v15H5.5A1.5 1.5 0 0 0 4 19.5z', 'M4 19.5A1.5 1.5 0 0 0 5.5 21H20v-3'],
  video: ['M3 6h12a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1z', 'M16 10l6-3.5v11L16 14z'],
} as const;

export type IconName = keyof typeof ICON_PATHS;

/** Every named icon, for reference: anything else passed as an icon is drawn as text (emoji). */
export const ICON_NAMES = Object.keys(ICON_PATHS) as IconName[];

const ALIASES: Record<string, IconName> = {
  x: 'cross',
  close: 'cross',
  zap: 'bolt',
  lightning: 'bolt',
  email: 'mail',
  envelope: 'mail',
  time: 'clock',
  timer: 'clock',
  stats: 'chart',
  growth: 'trending',
  note: 'music',
  wave: 'waveform',
  audio: 'waveform',
  microphone: 'mic',
  drums: 'drum',
  piano: 'keys',
  mixer: 'sliders',
  eq: 'sliders',
  dial: 'knob',
  saturation: 'knob',
  community: 'users',
  magic: 'sparkles',
  'arrow-right': 'arrow',
  flame: 'fire',
  money: 'dollar',
  price: 'dollar',
  notification: 'bell',
  launch: 'rocket',
  love: 'heart',
  loop: 'repeat',
  robot: 'automation',
  cpu: 'automation',
  secure: 'shield',
  award: 'trophy',
  web: 'globe',
  course: 'book',
  lesson: 'video',
};

/** The icon name that `icon` refers to (case-insensitive, with common aliases), or null for emoji and other text. */
export const resolveIconName = (icon: string): IconName | null => {
  const key = icon.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (key in ICON_PATHS) return key as IconName;
  return ALIASES[key] ?? null;
};

export interface IconProps {
  /** An icon name (see ICON_NAMES, e.g. "mail", "bolt", "waveform") or an emoji, drawn as text. */
  name: string;
  /** Size in design pixels. Default 48. */
  size?: number;
  /** Stroke / fill colour of named icons (emoji keep their own colours). Default C.text. */
  color?: string;
  /** Stroke width of line icons on the 24-unit grid. Default 2. */
  strokeWidth?: number;
}

/** A named line icon from the library; emoji are drawn as text; unknown plain words fall back to the sparkles icon. */
export const Icon: React.FC<IconProps> = ({ name, size = 48, color = C.text, strokeWidth = 2 }) => {
  const { unit } = useLayout();
  const px = size * unit;
  // A plain word that is not one of ours (e.g. "rocketship") gets a neutral icon rather than its letters.
  const resolved = resolveIconName(name) ?? (/^[\w\s-]+$/.test(name.trim()) ? 'sparkles' : null);
  if (!resolved) {
    return (
      <span
        style={{
          fontFamily: F,
          fontSize: px * 0.9,
          lineHeight: 1,
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          minWidth: px,
          height: px,
          color,
          overflow: 'hidden',
          whiteSpace: 'nowrap',
        }}
      >
        {graphemes(name.trim()).slice(0, 3).join('')}
      </span>
    );
  }
  return (
    <svg width={px} height={px} viewBox="0 0 24 24" style={{ display: 'block', flexShrink: 0 }}>
      {ICON_PATHS[resolved].map((d) =>
        d.startsWith('F:') ? (
          <path key={d} d={d.slice(2)} fill={color} />
        ) : (
          <path
            key={d}
            d={d}
            fill="none"
            stroke={color}
            strokeWidth={strokeWidth}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        ),
      )}
    </svg>
  );
};
