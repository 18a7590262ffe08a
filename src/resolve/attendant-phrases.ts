import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { phraseOpeners } from '../nlp/phrase-openers.ts';

export const ATTENDANT_RULE = 'actor:attendant-of';

// what may stand between the link and its owner's phrase ("an aide to the president", "close to President Ruto")
const BEFORE_OWNER = /^\s*(?:(?:the|a|an)\s+)?$/i;

/**
 * "An aide to President Ruto said", "a senior adviser to the prime minister of Kenya", "sources close to the
 * presidency": one who serves an office or body, or stands close to it (data/lexicon/attendant-links.tsv), speaks
 * for it, as a spokesperson does. The phrase, from the word (and the adjectives before it: "a senior aide") to the
 * owner's end, is the owner's side: a coded owner's code (a person's office), a bare role's role for the story to
 * place, a country's government; an owner that is a description ("the president") stays one for the resolver to take
 * up. The owner's own phrase is swallowed: it is no second participant.
 */
export function withAttendants(doc: AnalyzedText, phrases: readonly ActorPhrase[], links: ReadonlySet<string> | undefined): readonly ActorPhrase[] {
  if (!links || links.size === 0) return phrases;
  let out: ActorPhrase[] | null = null;
  const tokens = doc.tokens, openers = phraseOpeners(links);
  for (let i = 0; i < tokens.length; i++) {
    if (!openers.has(tokens[i].lower)) continue; // (most words open no link: no strings are joined for them)
    const n = [2, 3].find((k) => tokens[i + k - 1]?.sentence === tokens[i].sentence && links.has(tokens.slice(i, i + k).map((t) => t.lower).join(' ')));
    if (n === undefined) continue;
    const current: readonly ActorPhrase[] = out ?? phrases;
    if (current.some((p) => p.start < tokens[i].end && tokens[i].start < p.end)) continue; // ("military adviser to ...": a role of its own)
    const linkEnd = tokens[i + n - 1].end;
    // (the owner after "close to" is read as a place, "close to the border": after a link it is whose they are)
    const owner = current.find((p) => p.start >= linkEnd && BEFORE_OWNER.test(doc.text.slice(linkEnd, p.start)));
    if (!owner || tokens[i].sentence !== tokens[Math.min(tokens.length - 1, i + n)]?.sentence) continue;
    let first = i;
    while (first > 0 && tokens[first - 1].pos === 'ADJ' && tokens[first - 1].sentence === tokens[i].sentence) first--;
    const start = tokens[first].start;
    const text = doc.text.slice(start, owner.end);
    const plural = tokens[i].lower !== tokens[i].lemma;
    out = [...current.filter((p) => p !== owner), attendantOf(owner, start, text, plural)].sort((a, b) => a.start - b.start);
  }
  return out ?? phrases;
}

function attendantOf(owner: ActorPhrase, start: number, text: string, plural: boolean): ActorPhrase {
  const widened = { ...owner, start, text, plural, prep: null, locative: false };
  if (owner.kind === 'anaphor') return widened; // ("an aide to the president": whom "the president" takes up)
  const country = owner.kind === 'country' ? owner.entry?.country ?? owner.code : null;
  if (country) return { ...widened, name: text, kind: 'role', code: `${country}GOV`, roleCode: 'GOV', roleKind: 'person', rule: ATTENDANT_RULE };
  // (a person's office: "an aide to President Ruto" is Kenya's government, not Ruto himself)
  const role = owner.kind === 'person' ? { kind: 'role' as const, entry: null } : {};
  return { ...widened, name: text, ...role, roleKind: 'person', rule: `${ATTENDANT_RULE}+${owner.rule}` };
}
