import type { AnalyzedText } from '../nlp/types.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { isCalendarWordAnyCase } from '../nlp/calendar.ts';
import { tokenAt } from './token-map.ts';

// a capitalised name word in any script's letters: "Thérèse", "José", "Łukasz" as "Ann" ("José Wagner" is no group)
const CAPITALISED_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
// the particles of Arabic names: "Abdullah al-Ani", "Hamad bin Khalifa", "Ali el-Sayed", "Ahmed ould Abdallah"
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'ould', 'ag']);

/**
 * "Shaikh Abdullah al-Ani": a one-word alias of a known person ("Abdullah", Saudi Arabia's king) followed by a name
 * particle is the given name of someone else.
 */
export function beforeNameParticle(doc: AnalyzedText, start: number, end: number): boolean {
  const i = tokenAt(doc, start);
  if (doc.tokens[i]?.end !== end) return false;
  const next = doc.tokens[i + 1];
  return next !== undefined && next.sentence === doc.tokens[i].sentence && NAME_PARTICLES.has(next.lower) && /^[-\s]*[A-Z]/.test(doc.text.slice(next.end, next.end + 3));
}

/**
 * "Police chief Abdullah Karimi", "Governor Petro Marchenko": a one-word alias of a known person followed by a
 * capitalised name word that begins no known name is the given name of someone else ("Biden White House" keeps
 * Biden: "White House" is known; "Putin Thursday" too: a calendar word is no name).
 */
export function givenNameOfAnother(doc: AnalyzedText, kb: Knowledge, start: number, end: number): boolean {
  return beforeNameParticle(doc, start, end) || beforeUnknownName(doc, kb, start, end);
}

/**
 * A one-word name right before a capitalised name word that begins no known name (nor a division's word: "Kachin
 * State") opens someone's or something's longer name: "Michael O'Leary" is no Isle of Man parish.
 */
export function beforeUnknownName(doc: AnalyzedText, kb: Knowledge, start: number, end: number): boolean {
  const i = tokenAt(doc, start);
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (t?.end !== end || !next || next.sentence !== t.sentence || doc.text.slice(end, next.start) !== ' ') return false;
  if (next.pos !== 'PROPN' || !/^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(next.text) || isCalendarWordAnyCase(next.text) || kb.lexicon.divisionDesignations.has(next.lower)) return false;
  return !beginsKnownName(doc, kb, i + 1);
}

/** True when one to three words from token k name a known actor, role or place ("White House", "Nouri al-Maliki"). */
function beginsKnownName(doc: AnalyzedText, kb: Knowledge, k: number): boolean {
  const first = doc.tokens[k];
  for (let j = k; j < k + 5 && doc.tokens[j]?.sentence === first.sentence; j++) {
    const text = doc.text.slice(first.start, doc.tokens[j].end);
    if (kb.actors.lookup(text).length > 0 || kb.roles.lookup(text).length > 0 || kb.places.lookup(text).length > 0) return true;
  }
  return false;
}

/**
 * "Defence Minister Abdi Nur Hassan", "army chief Ali Hassan": a one-word name of a known person ("Hassan", a Jordanian
 * prince) after a capitalised word that is no title, name or place, nor a word of that person's own name, is the family
 * name of someone else ("Tayyip Erdogan" keeps Erdogan: his name has "Tayyip"; "President Erdogan": a title).
 */
export function familyNameOfAnother(doc: AnalyzedText, kb: Knowledge, start: number, end: number, names: readonly string[]): boolean {
  const i = tokenAt(doc, start);
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (t?.end !== end || !prev || prev.sentence !== t.sentence || doc.text.slice(prev.end, start) !== ' ') return false;
  if (prev.pos !== 'PROPN' || !CAPITALISED_NAME_WORD.test(prev.text) || isCalendarWordAnyCase(prev.text)) return false;
  if (kb.lexicon.honorifics?.has(prev.lower) || names.some((n) => n.split(/[\s-]+/).includes(prev.text))) return false;
  // the word ends no title, name or place of one to three words ("Crown Prince Hassan")
  for (let j = i - 1; j >= Math.max(0, i - 3) && doc.tokens[j].sentence === t.sentence; j--) {
    const text = doc.text.slice(doc.tokens[j].start, prev.end);
    if (kb.actors.lookup(text).length > 0 || kb.roles.lookup(text).length > 0 || kb.places.lookup(text).length > 0) return false;
  }
  return true;
}

/**
 * "Foreign Minister Therese Kayikwamba Wagner", "Senator Ann Wagner": a group's one-word name ("Wagner") closing a
 * titled person's name is that person's family name, not the group ("the Wagner group", "Lebanese Hezbollah" stay).
 */
export function familyNameOfTitled(doc: AnalyzedText, kb: Knowledge, start: number, end: number): boolean {
  return familyNameOfAnother(doc, kb, start, end, []) && titledNameBefore(doc, kb, tokenAt(doc, start));
}

/** Before token `i`, one to three capitalised given names, and before those a person's title ("Senator", "Foreign Minister"). */
function titledNameBefore(doc: AnalyzedText, kb: Knowledge, i: number): boolean {
  const sentence = doc.tokens[i]?.sentence;
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && doc.tokens[j].sentence === sentence && doc.tokens[j].pos === 'PROPN' && CAPITALISED_NAME_WORD.test(doc.tokens[j].text) && kb.roles.lookup(doc.tokens[j].lower).length === 0) j--;
  if (j === i - 1 || j < 0 || doc.tokens[j].sentence !== sentence) return false;
  for (let k = j; k >= Math.max(0, j - 1); k--) if (kb.roles.lookup(doc.text.slice(doc.tokens[k].start, doc.tokens[j].end).toLowerCase()).some((r) => r.kind === 'person')) return true;
  return false;
}
