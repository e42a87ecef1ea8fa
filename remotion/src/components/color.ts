/** `color` at the given opacity (0..1). Works for any CSS colour (hex, rgb(), hsl(), names) via color-mix. */
export const withAlpha = (color: string, alpha: number): string => {
  const percent = Math.round(Math.min(1, Math.max(0, alpha)) * 1000) / 10;
  return `color-mix(in srgb, ${color} ${percent}%, transparent)`;
};

/** A diagonal gradient between two colours, for text fills, buttons and icon boxes. */
export const gradient = (from: string, to: string, angleDeg = 135): string =>
  `linear-gradient(${angleDeg}deg, ${from}, ${to})`;
