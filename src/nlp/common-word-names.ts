import type { Sentence, Token } from './types.ts';
import type { Reading } from './title-case.ts';
import { shippedSyntaxModel } from './syntax/index.ts';
import { normalizeForm } from './syntax/word-form.ts';
import { changedToken } from './token.ts';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
// what the taggers and the parser read in the word's place: a given name that is no other word, of the same length (the
// sentence read again keeps its offsets)
const STAND_INS = ['', 'J', 'Jo', 'Jon', 'John', 'Jonah', 'Joseph'];
// after these the word opens a phrase of its own ("In Hope Town ...", "since Mark ...")
const NOT_BEFORE_NAME = new Set(['ADP', 'NUM', 'SCONJ']);

/**
 * "Prime Minister Mark Carney met President Bill Ruto", "President Kais Said dissolved parliament", "Kenya's Hope
 * Wanjiru and Will Otieno protested": a name that is also a common word (`names`, data/lexicon/common-word-names.tsv),
 * capitalised inside a sentence, was read as that word: a verb ("Said" reported, "Mark" marked), a noun (a "bill" was
 * met) or a modal ("Will" made an act planned). Right after a name the lexicon knows no other way ("Kais Said"), or
 * that makes a known actor's name with it ("Nick Clegg"), or right before a family name that is no common word either ("Bill Ruto", "Hope Wanjiru"), it is a
 * proper noun, read by the tagger and parser as a plain given name. Headlines in capitals are read apart (title-case.ts);
 * a sentence's first word, a word after a preposition and "the Finance Bill" (a common word before it) stay as they are.
 */
export function retagCommonWordNames(text: string, tokens: Token[], sentences: readonly Sentence[], reading: Reading, names: ReadonlySet<string>, isName: (lower: string) => boolean = () => false): void {
  if (names.size === 0) return;
  for (const s of sentences) {
    const found: number[] = openingName(tokens, s, names) ? [s.tokenStart] : [];
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      const t = tokens[k];
      if (!names.has(t.lower) || !CAPITALISED.test(t.text) || t.readAs !== undefined || t.text.length >= STAND_INS.length) continue;
      const before = tokens[k - 1], after = k + 1 < s.tokenEnd ? tokens[k + 1] : undefined;
      const afterName = CAPITALISED.test(before.text) && (onlyName(before) || isName(`${before.lower} ${t.lower}`));
      const beforeName = after !== undefined && CAPITALISED.test(after.text) && onlyName(after) && !NOT_BEFORE_NAME.has(before.pos);
      if (afterName || beforeName) found.push(k);
    }
    if (found.length > 0) readWithNames(text, tokens, s, found, reading);
  }
}

/**
 * "Said Abdullah was arrested", "He Lifeng met Scott Bessent", "Young urged calm", "May called for talks": the sentence's
 * first word, a listed name, is the name when a name reading fits and its common one does not: before a family name
 * the lexicon knows no other way (a modal so placed asks a question, "Will Ruto sign the bill?", unless the verb after
 * the name is inflected), or, read as an adjective or a modal, right before an inflected verb (which neither precedes).
 */
function openingName(tokens: readonly Token[], s: Sentence, names: ReadonlySet<string>): boolean {
  const t = tokens[s.tokenStart], after = tokens[s.tokenStart + 1];
  if (!names.has(t.lower) || !CAPITALISED.test(t.text) || t.readAs !== undefined || t.text.length >= STAND_INS.length || s.tokenEnd - s.tokenStart < 3) return false;
  if (CAPITALISED.test(after.text) && onlyName(after)) {
    if (commonClass(t) !== 'AUX') return true;
    let k = s.tokenStart + 2;
    while (k < s.tokenEnd && CAPITALISED.test(tokens[k].text) && onlyName(tokens[k])) k++;
    return k < s.tokenEnd && inflectedVerb(tokens[k]);
  }
  return (commonClass(t) === 'ADJ' || commonClass(t) === 'AUX') && inflectedVerb(after);
}

/** The word's main class in the tagger's lexicon ("ADJ" for "young", "AUX" for "may"), '' when it has none. */
function commonClass(t: Token): string {
  const lexicon = shippedSyntaxModel().tagger.clusters?.lexicon;
  const id = lexicon?.classOf.get(normalizeForm(t.text));
  return id === undefined ? '' : lexicon!.classNames[id].split(':')[0];
}

// "called", "urges", "was": a verb or auxiliary in a form other than its base, which no modal takes after it
const inflectedVerb = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && t.lower !== t.lemma && !t.lower.endsWith('ing');

/** The sentence read again by the word tagger with a plain name in each name's place: the words around it are tagged anew too ("Said | dissolved"). */
function readWithNames(text: string, tokens: Token[], s: Sentence, found: readonly number[], reading: Reading): void {
  let view = text.slice(s.start, s.end);
  for (const k of found) {
    const at = tokens[k].start - s.start;
    view = view.slice(0, at) + STAND_INS[tokens[k].text.length] + view.slice(at + tokens[k].text.length);
  }
  const reread = new Map(reading(view).map((r) => [s.start + r.start, r]));
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k], r = reread.get(t.start);
    if (found.includes(k)) tokens[k] = changedToken(t, { pos: 'PROPN', lemma: t.lower, readAs: STAND_INS[t.text.length] });
    else if (r !== undefined && r.value === t.text && t.readAs === undefined) tokens[k] = changedToken(t, { pos: r.pos });
  }
}

/** A capitalised word the tagger's lexicon knows only as a proper noun, or not at all ("Kais", "Ruto", "Wanjiru"). */
function onlyName(t: Token): boolean {
  if (t.readAs !== undefined) return false;
  const lexicon = shippedSyntaxModel().tagger.clusters?.lexicon;
  const id = lexicon?.classOf.get(normalizeForm(t.text));
  return id === undefined || lexicon!.classNames[id].startsWith('PROPN:');
}
