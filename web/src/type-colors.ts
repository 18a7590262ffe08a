import { PLOVER_TYPES } from './plover.ts';

// Cooperation in greens and blues, conflict in ambers and reds, so a timeline's colour already says
// which way things are going. Order follows PLOVER's (cooperative to hostile).
const PALETTE = [
  '#1b7837', '#4d9a4d', '#7fbc41', '#a6d96a', // AGREE CONSULT SUPPORT CONCEDE
  '#2166ac', '#4393c3', '#92c5de', '#8c96c6', // COOPERATE AID RETREAT REQUEST
  '#fdb863', '#f4a442', '#e08214', '#d6604d', // ACCUSE REJECT THREATEN PROTEST
  '#b2182b', '#8e0152', '#c51b7d', '#67001f', // SANCTION MOBILIZE COERCE ASSAULT
];

export function typeColor(type: string): string {
  const i = (PLOVER_TYPES as readonly string[]).indexOf(type);
  return i >= 0 ? PALETTE[i] : '#888888';
}

/** The chip's background and the text colour (black or white) with the higher WCAG contrast on it. */
export function chipStyle(type: string): string {
  const background = typeColor(type);
  return `--c:${background};--t:${contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000' : '#fff'}`;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Goldstein -10 (red) … +10 (blue), for edges and places. */
export function goldsteinColor(mean: number): string {
  if (mean <= -5) return '#b2182b';
  if (mean < 0) return '#ef8a62';
  if (mean === 0) return '#999';
  if (mean < 5) return '#67a9cf';
  return '#2166ac';
}
