import type { AnalyzedText } from '../nlp/types.ts';
import { tokenAt } from './token-map.ts';

// what one party puts to another: "an offer of talks from Washington", "a new proposal from Cairo"
export const PUT_TO_ANOTHER: ReadonlySet<string> = new Set(['offer', 'proposal', 'invitation', 'call', 'request', 'plea', 'appeal', 'overture', 'demand', 'bid', 'initiative', 'plan', 'ultimatum', 'message', 'letter']);
// a stance one party takes toward another's act: "overriding opposition from France", "despite objections from Hungary",
// "under pressure from Washington": the place after "from" names who holds it (core/event-place.ts place:reaction-source)
export const STANCE_NOUNS: ReadonlySet<string> = new Set(['opposition', 'objection', 'resistance', 'pressure', 'criticism', 'backlash', 'pushback', 'support', 'backing', 'approval', 'warning', 'complaint', 'protest', 'veto', 'reservation']);
// what may stand between that noun and "from": "an offer of talks from", "a ceasefire proposal from"
const BETWEEN = new Set(['NOUN', 'ADJ', 'ADP', 'DET', 'NUM', 'PROPN']);

/**
 * (`putNoun` widens the nouns: core/event-place.ts asks for any statement's or reaction's, "sparked condemnation from Egypt".)
 * The phrase at `offset` follows "from" after a noun of what one party puts to another: "rejected an offer of talks
 * from Washington", "a new proposal from Cairo". There a capital names the party that made it (a participant), not
 * where anything happened ("fired missiles from Sanaa", "flew in from Moscow" stay places).
 */
export function isProposerAfterFrom(doc: AnalyzedText, offset: number, putNoun: (lemma: string) => boolean = (lemma) => PUT_TO_ANOTHER.has(lemma)): boolean {
  const from = tokenAt(doc, offset) - 1;
  const t = doc.tokens;
  if (t[from]?.lower !== 'from') return false;
  for (let k = from - 1; k >= Math.max(0, from - 4) && t[k].sentence === t[from].sentence; k--) {
    if (t[k].pos === 'NOUN' && putNoun(t[k].lemma)) return true;
    if (!BETWEEN.has(t[k].pos)) return false;
  }
  return false;
}
