import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import { tokenAt } from './token-map.ts';

/**
 * "ships in Moscow's shadow fleet", "arrested in Beijing's crackdown", "killed in Kyiv's counteroffensive": a city named
 * as the owner of an act, a force or a body stands for its state; after "in" it locates nothing ("in Moscow's
 * outskirts", "in Aleppo's old city" still do: their noun is a part of the place).
 */
export function ownsNoPlace(doc: AnalyzedText, kb: Knowledge, end: number): boolean {
  if (!/^['’]s\s/.test(doc.text.slice(end, end + 3))) return false;
  let k = tokenAt(doc, end);
  if (doc.tokens[k]?.lower === "'s" || doc.tokens[k]?.lower === '’s') k++;
  // past the adjectives and participles before the possessed noun: "so-called shadow fleet", "brutal crackdown"
  for (let n = 0; n < 4 && doc.tokens[k] && doc.tokens[k].pos !== 'NOUN'; n++, k++) if (!MODIFIER_POS.has(doc.tokens[k].pos)) return false;
  // the head of a compound: "shadow fleet", "border guards"
  while (doc.tokens[k + 1]?.pos === 'NOUN' && doc.tokens[k + 1].sentence === doc.tokens[k].sentence) k++;
  const noun = doc.tokens[k];
  if (noun === undefined || noun.pos !== 'NOUN') return false;
  const lemma = noun.lemma;
  const actNoun = kb.patterns.get(lemma)?.some((p) => p.kind === 'noun' && p.steps.length === 1) === true;
  return actNoun || kb.lexicon.actNouns.has(lemma) || kb.lexicon.seaNouns.has(lemma) || kb.lexicon.weaponNouns.has(lemma) || kb.roles.lookup(noun.lower).length > 0;
}

const MODIFIER_POS = new Set(['ADJ', 'VERB', 'PUNCT', 'ADV']);
