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
  return i >= 0 ? PALETTE[i] : '#888';
}

/** Goldstein -10 (red) … +10 (blue), for edges and places. */
export function goldsteinColor(mean: number): string {
  if (mean <= -5) return '#b2182b';
  if (mean < 0) return '#ef8a62';
  if (mean === 0) return '#999';
  if (mean < 5) return '#67a9cf';
  return '#2166ac';
}
