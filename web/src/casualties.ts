import type { Event as EventRecord } from '../../src/schema/event.ts';
import type { IncidentFigure } from '../../src/incidents/index.ts';

// Casualty, arrest and crowd figures as the article hedges them: "at least 12 killed", "about 300
// protesters", "dozens arrested". The table shows a short form, the evidence panel each with its words.

type Kind = 'killed' | 'injured' | 'arrested' | 'size';
type Hedge = 'exact' | 'at_least' | 'at_most' | 'about' | 'vague';
export const KINDS: readonly Kind[] = ['killed', 'injured', 'arrested', 'size'];
const LABEL: Record<Kind, string> = { killed: 'killed', injured: 'injured', arrested: 'arrested', size: 'crowd' };

const HEDGE_WORD: Record<Hedge, string> = { exact: '', at_least: '≥', at_most: '≤', about: '~', vague: '~' };

export function figureShort(kind: Kind, f: { readonly min: number; readonly max: number | null; readonly hedge: Hedge }): string {
  const range = f.max !== null && f.max !== f.min ? `${f.min}–${f.max}` : String(f.min);
  return `${HEDGE_WORD[f.hedge]}${range} ${LABEL[kind]}`;
}

/** "≥12 killed · 30 injured", or '' when the event gives no figure. */
export function eventFigures(event: EventRecord): string {
  const numbers = event.numbers ?? {};
  return KINDS.flatMap((k) => (numbers[k] ? [figureShort(k, numbers[k]!)] : [])).join(' · ');
}

export function incidentFigures(numbers: Partial<Record<Kind, IncidentFigure>>): string {
  return KINDS.flatMap((k) => (numbers[k] ? [figureShort(k, { min: numbers[k]!.value, max: numbers[k]!.max, hedge: numbers[k]!.hedge })] : [])).join(' · ');
}

/** Each figure with the article's words and the hedge spelled out, for the evidence panel. */
export function figureLines(event: EventRecord): { kind: string; value: string; said: string }[] {
  const numbers = event.numbers ?? {};
  return KINDS.flatMap((k) => {
    const f = numbers[k];
    return f ? [{ kind: LABEL[k], value: `${figureShort(k, f)} (${f.hedge.replace('_', ' ')})`, said: f.text }] : [];
  });
}
