import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { SpanIndex } from './span-index.ts';
import { locativePrep } from './token-map.ts';

export const ACRONYM_RULE = 'actor:acronym-of-named';
export const SHORT_NAME_RULE = 'actor:short-name-of-named';

// words a body's initials leave out: "Organization of American States" → OAS
const SKIPPED = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * "the British Medical Association said … The BMA rejected the offer", "the National Democratic Congress … the NDC":
 * an all-capital word no phrase covers, spelled by the initials of the capitalised words of a body named before (a
 * coded phrase of two or more words), is a later mention of that body, with its code (rule `actor:acronym-of-named`).
 */
export function withAcronyms(doc: AnalyzedText, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  // each body's initials spelled once (not again for every capital word), and only for a name of two words or more
  const bodies: Array<{ phrase: ActorPhrase; initials: string; first: string }> = [];
  for (const p of phrases) {
    if (p.code === null || p.kind === 'anaphor' || p.kind === 'country' || p.locative || !/[\s-]/.test(p.name)) continue;
    const initials = initialsOf(p.name);
    if (initials.length >= 2) bodies.push({ phrase: p, initials, first: p.kind === 'organization' ? p.name.split(/\s+/)[0] : '' });
  }
  if (bodies.length === 0) return [...phrases];
  const taken = new SpanIndex(phrases);
  const added: ActorPhrase[] = [];
  for (const t of doc.tokens) {
    // "Amnesty International said ... Amnesty urged": a body's first word alone, a proper noun no phrase covers and
    // no capitalised word continues, is that body named short (an organisation's: a state's "United" or "Islamic" is no name)
    const short = t.pos === 'PROPN' && !/^[A-Z]/.test(doc.tokens[t.index + 1]?.text ?? '');
    if (!(ACRONYM.test(t.text) || short) || taken.overlaps(t.start, t.end)) continue;
    let body: ActorPhrase | undefined;
    let rule = ACRONYM_RULE;
    for (const b of bodies) if (b.phrase.end <= t.start && b.initials === t.text) body = b.phrase;
    if (!body && short) for (const b of bodies) if (b.phrase.end <= t.start && b.first === t.text) body = b.phrase, rule = SHORT_NAME_RULE;
    if (!body) continue;
    const prep = locativePrep(doc, t.start, false);
    added.push({ ...body, start: t.start, end: t.end, text: t.text, locative: false, prep, rule });
  }
  return added.length === 0 ? [...phrases] : [...phrases, ...added].sort((a, b) => a.start - b.start);
}

function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !SKIPPED.has(w.toLowerCase()));
  if (words.length < 2 || words.some((w) => !/^[A-Z]/.test(w))) return '';
  return words.map((w) => w[0]).join('');
}
