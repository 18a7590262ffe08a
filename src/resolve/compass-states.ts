import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';

/** In an event's `rules` through its actor phrase: "the North" stood for the state of that name the story names. */
export const COMPASS_STATE_RULE = 'actor:compass-state';

// before a compass word these make it a region, a place: "fighting in the North", "fled to the South"
const LOCATIVE = new Set(['in', 'into', 'across', 'throughout', 'to', 'from', 'of', 'toward', 'towards']);

/**
 * "Seoul urged the North to stop its provocations", "the South's defence ministry": in a story that names North Korea
 * (or South Sudan ...), "the North" or "the South" standing alone, capitalised, is that state (data/lexicon/
 * compass-states.tsv). Not before a name ("the North Atlantic", "the South China Sea") nor after a preposition of place.
 */
export function withCompassStates(doc: AnalyzedText, kb: Knowledge, found: readonly ActorPhrase[]): ActorPhrase[] {
  let named: ReadonlySet<string> | undefined; // the states the story names, gathered at its first "the North"/"the South"
  const added: ActorPhrase[] = [];
  const t = doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const word = t[i + 1];
    if (t[i].lower !== 'the' || !/^(North|South)$/.test(word.text) || word.sentence !== t[i].sentence) continue;
    const next = t[i + 2];
    if (next && next.sentence === word.sentence && /^[A-Z]/.test(next.text) || LOCATIVE.has(t[i - 1]?.lower ?? '')) continue;
    named ??= new Set(found.map((p) => p.code?.slice(0, 3)).filter((c): c is string => c !== undefined));
    const states = named;
    const code = kb.lexicon.compassStates.get(word.lower)?.find((c) => states.has(c));
    const country = code === undefined ? undefined : kb.countries.get(code);
    if (!code || !country || found.some((p) => p.start < word.end && p.end > t[i].start)) continue;
    const text = doc.text.slice(t[i].start, word.end);
    added.push({ start: t[i].start, end: word.end, text, name: country.name, code, kind: 'country', plural: false, entry: null, locative: false, prep: null, rule: COMPASS_STATE_RULE });
  }
  return added.length === 0 ? [...found] : [...found, ...added].sort((a, b) => a.start - b.start);
}
