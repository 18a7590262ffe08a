import type { AnalyzedText } from '../nlp/types.ts';
import { tokenAt } from './token-map.ts';
import { isIrregularPast } from '../extract/morphology.ts';

// Verbs whose first object is whom they tell, a reported clause without "that" able to follow it at once.
const TELLING_FORMS = new Set(['tell', 'tells', 'told', 'telling']);

interface GroupHit {
  start: number;
  end: number;
  actor?: { kind: string };
  role?: unknown;
}

const PAST = /[a-z]{3}ed$/;

/** A hit that heads a noun phrase of its own: a role or a named actor, not a country or demonym that modifies. */
const heads = (h: GroupHit) => h.role !== undefined || (h.actor !== undefined && h.actor.kind !== 'country' && h.actor.kind !== 'metonym');

/**
 * "told reporters Syrian troops had bombed", "told Reuters police fired", "told state television rebels shelled":
 * after a verb of telling, the first noun phrase is whom the speaker told and the reported clause's subject
 * follows it at once, with no "that". Adjacent gazetteer hits there are two phrases, not one: a run of hits right
 * after "told" that a finite verb follows splits after its first head (a role or a named actor), so the clause's
 * subject is a participant of its own. A run followed by "that", "to" or nothing verbal is one addressee
 * ("told Hamas leaders that", "told US officials to leave").
 */
export function splitAtAddressee<H extends GroupHit>(doc: AnalyzedText, group: readonly H[]): H[][] {
  if (group.length < 2) return [group.slice()];
  const t = doc.tokens;
  let before = tokenAt(doc, group[0].start) - 1;
  if (t[before]?.lower === 'the') before--;
  if (!t[before] || !TELLING_FORMS.has(t[before].lower)) return [group.slice()];
  const last = tokenAt(doc, group[group.length - 1].end - 1);
  // (a noun no gazetteer knows may end the subject first: "told reporters Israeli | jets | struck")
  let after = last + 1;
  while (t[after]?.pos === 'NOUN' && t[after].sentence === t[last].sentence && !PAST.test(t[after].lower)) after++;
  const next = t[after];
  // (a past form the word tagger read as a noun counts: "told VOA militants | abducted 20 girls")
  const finite = next !== undefined && next.sentence === t[last].sentence && (next.pos === 'AUX' || next.pos === 'VERB' && !next.lower.endsWith('ing') || PAST.test(next.lower) || isIrregularPast(next.lower));
  if (!finite) return [group.slice()];
  const k = group.findIndex(heads);
  if (k < 0 || k === group.length - 1) return [group.slice()];
  return [group.slice(0, k + 1), group.slice(k + 1)];
}
