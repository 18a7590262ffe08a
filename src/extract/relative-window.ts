import type { Sentence, Token } from '../nlp/types.ts';

// Where the object words of a verb row may stand before the verb: the subject of a passive ("the plan ... was
// rejected"), or the noun an object relative clause describes ("the town, which rebels seized").

const RELATIVE_WORDS = new Set(['which', 'who', 'that', 'whose', 'whom']);
const OBJECT_RELATIVES = new Set(['which', 'that', 'whom']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
// the words of a relative clause's subject ("rebels", "security forces", "the group's fighters", "it")
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
// what opens an object of the verb's own: a clause with one has no object gap
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'overnight', 'week', 'weekend', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * "The plan, which was put forward by Egypt, was rejected by Israel": a relative clause set off by commas between the
 * passive's subject and its auxiliary pushed the subject's words out of the backward window; the window then ends at
 * the clause's opening comma, and no word of the clause counts as the subject's. "The activist whom security forces
 * detained was freed": a relative clause with no commas ends the window at its pronoun. `aux` itself when there is none.
 */
export function beforeRelativeClause(tokens: readonly Token[], aux: number, first: number): number {
  if (aux - 1 <= first) return aux;
  if (tokens[aux - 1].text !== ',') {
    for (let k = aux - 1; k > first && k >= aux - 6; k--) if (OBJECT_RELATIVES.has(tokens[k].lower) && tokens[k].lower !== 'that' && NOMINAL.has(tokens[k - 1].pos)) return k;
    return aux;
  }
  for (let k = aux - 2; k > first && k >= aux - 16; k--) {
    if (tokens[k].text !== ',') continue;
    return RELATIVE_WORDS.has(tokens[k + 1].lower) ? k : aux;
  }
  return aux;
}

/** The word before a passive verb's adverbs and particles: its auxiliary. */
export function auxBefore(tokens: readonly Token[], i: number, sentence: Sentence): number {
  let aux = i - 1;
  while (aux > sentence.tokenStart && (tokens[aux].pos === 'ADV' || tokens[aux].pos === 'PART')) aux--;
  return aux;
}

/**
 * "the town, which rebels seized on Sunday", "the village that militants burned", "the hostages whom the gang had
 * taken": the verb at `verb` opens an object relative clause (a relative pronoun after a noun, the clause's own
 * subject, no object after the verb); the end of the words its row's object may take (the pronoun, or the comma before
 * it), else -1.
 */
export function objectRelativeEnd(tokens: readonly Token[], verb: number, sentence: Sentence): number {
  if (verb - 3 < sentence.tokenStart) return -1; // a noun, a pronoun and a subject come first
  let k = verb - 1;
  while (k > sentence.tokenStart && (tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX' && tokens[k].lemma === 'have')) k--;
  if (!['NOUN', 'PROPN', 'PRON'].includes(tokens[k].pos) || OBJECT_RELATIVES.has(tokens[k].lower)) return -1;
  let rel = k;
  while (rel > sentence.tokenStart && k - rel < 5 && SUBJECT_WORDS.has(tokens[rel].pos) && !OBJECT_RELATIVES.has(tokens[rel].lower)) rel--;
  if (!OBJECT_RELATIVES.has(tokens[rel].lower) || rel <= sentence.tokenStart) return -1;
  const comma = tokens[rel - 1].text === ',';
  // ", that" opens no relative clause; "said that rebels seized" has no noun before its "that"
  if (comma && tokens[rel].lower === 'that' || !NOMINAL.has(tokens[comma ? rel - 2 : rel - 1]?.pos ?? '')) return -1;
  // ("which militants burned last week": a time phrase is no object)
  const next = tokens[verb + 1];
  if (next && verb + 1 < sentence.tokenEnd && OBJECT_OPENERS.has(next.pos) && !TIME_WORDS.has(next.lower) && !TIME_WORDS.has(tokens[verb + 2]?.lower ?? '')) return -1;
  return comma ? rel - 1 : rel;
}
