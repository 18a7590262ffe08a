import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { baseForms } from '../extract/morphology.ts';
import { tokenAt } from './token-map.ts';

// "Russia's ambassador was called in on Monday. Moscow summoned him again": the row "summon * ambassador" wants the
// envoy's word where the text has a pronoun. A personal pronoun whose antecedent is known stands for that phrase's head
// words in the pattern steps after a row's head and in the argument checks (extract/morphology.ts FormTable).
export const PRONOUN_STAND_IN_RULE = 'pattern:pronoun-stands-for-antecedent';

// personal pronouns only: "it" mostly takes up a state or a thing, whose words no row asks for
const PERSONAL = new Set(['him', 'her', 'them', 'he', 'she', 'they']);
const POSSESSOR = /^['’]/;
const OWNED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X']);
// the words after a phrase's head that modify it: "the ambassador of Russia", "the envoy, who ..."
const POST_MODIFIER = new Set(['of', ',', 'who', 'which', 'that', '(', 'from', 'in', 'to']);

/** Pronoun token index → the base forms of its antecedent's head words, for every personal pronoun resolved. */
export function pronounStandIns(doc: AnalyzedText, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [pronoun, antecedent] of antecedents) {
    if (!PERSONAL.has(pronoun.text.toLowerCase()) || antecedent.kind === 'anaphor' && PERSONAL.has(antecedent.text.toLowerCase())) continue;
    const at = tokenAt(doc, pronoun.start);
    // ("expelled her deputy": a possessive "her" owns the noun after it, which the row reads itself)
    if (doc.tokens[at].lower === 'her' && OWNED.has(doc.tokens[at + 1]?.pos ?? '')) continue;
    // ("the ambassador's driver ... expelled him": an owner before its noun is not whom the pronoun means surely)
    if (POSSESSOR.test(doc.text.slice(antecedent.end, antecedent.end + 3))) continue;
    const words = headWords(doc, antecedent);
    if (words.length > 0) out.set(at, words);
  }
  return out;
}

/**
 * The head noun of a phrase ("Russia's ambassador" → ambassador, "the envoy of Iran" → envoy) and, before a name, the
 * title nouns that open it ("Russian envoy Ivan Petrov" → envoy as well as Petrov).
 */
function headWords(doc: AnalyzedText, p: ActorPhrase): string[] {
  const t = doc.tokens;
  const first = tokenAt(doc, p.start);
  let head = -1;
  for (let i = first; i < t.length && t[i].start < p.end; i++) {
    if (i > first && POST_MODIFIER.has(t[i].lower)) break;
    if (t[i].pos === 'NOUN' || t[i].pos === 'PROPN') head = i;
  }
  if (head < 0) return [];
  const words = [...baseForms(t[head])];
  if (t[head].pos === 'PROPN') {
    let k = head;
    while (k > first && t[k - 1].pos === 'PROPN') k--;
    for (let j = k - 1; j >= first && t[j].pos === 'NOUN'; j--) words.push(...baseForms(t[j]));
  }
  return [...new Set(words)];
}
