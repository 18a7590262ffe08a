import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText, Token } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';
import { SpanIndex } from './span-index.ts';
import { normalizeName } from '../nlp/normalize.ts';
import { baseForms } from '../extract/morphology.ts';
import { patternInfo } from '../knowledge/patterns.ts';

// "Mwangi accused Tanzanian police of torture": a lone capitalised name no gazetteer knows and the article never
// introduced, as the subject of a verb, names someone (most often a person called by the surname), as an unknown full
// name does ("Ahmed Ali accused ..."): a named actor with no code, flagged for analysts. Elsewhere a lone capitalised
// word is too often a product, a weapon or a sentence's first word (anaphor-phrases.ts reads only runs of two).
export const BARE_SURNAME_RULE = 'actor:bare-surname+unresolved-name';

// one capitalised word, or two joined by a hyphen ("Ould-Abdallah")
const SURNAME_SHAPE = /^[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?$/;
// what may open the clause the name is the subject of
const CLAUSE_OPENERS = new Set([',', ';', 'and', 'but', 'that', 'when', 'after', 'while', 'as', 'before', 'since', 'because', '"', '“']);
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow)$/;
// endings of plurals and abstract nouns ("Tension rose", "Violence flared"), rare in names
const COMMON_ENDING = /(?:[^u]s|ence|ance|tion|sion|ment|ity|ness|ism|ure|ing|ship|hood|age|ery|ics)$/;
const VERBAL = new Set(['VERB', 'AUX']);

/** The phrases with a named actor added for each bare unknown name that opens a clause as its verb's subject. */
export function withBareSurnames(doc: AnalyzedText, kb: Knowledge, phrases: readonly ActorPhrase[], known: readonly ActorPhrase[], places: ReadonlyArray<{ start: number; end: number }>): ActorPhrase[] {
  const taken = new SpanIndex<{ start: number; end: number }>([...phrases, ...known, ...places]);
  const added: ActorPhrase[] = [];
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (w.pos !== 'PROPN' || !SURNAME_SHAPE.test(w.text) || CALENDAR.test(w.text) || taken.overlaps(w.start, w.end)) continue;
    if (!opensClause(doc, i) || !beforeItsVerb(t, i)) continue;
    // a sentence's first word is capitalised whatever it is ("Protests erupted", "Violence flared"): there a plural, an
    // abstract noun's ending or any reading the knowledge base has of the word keeps it a common word
    const first = i === doc.sentences[w.sentence].tokenStart || /^["“]$/.test(t[i - 1].text);
    if (first && (w.lemma !== w.lower || COMMON_ENDING.test(w.lower) || baseForms(w).some((f) => f !== w.lower && (kb.patterns.has(f) || kb.roles.startsPhrase(f))))) continue;
    // a word the knowledge base knows in any reading (a blocker, a title, a trigger word) or a town is no one's name
    if (kb.actors.lookup(w.text).length > 0 || kb.roles.startsPhrase(w.lower) || kb.patterns.has(w.lower)) continue;
    // ("Mendez met the president": a town of the same name does not meet, speak or accuse; "Kidal fell" stays a town)
    if (kb.cities(normalizeName(w.text)).length > 0 && !saysOrMeets(kb, t, i)) continue;
    added.push({ start: w.start, end: w.end, text: w.text, name: w.text, code: null, kind: 'named', plural: false, entry: null, locative: false, rule: BARE_SURNAME_RULE });
  }
  return added.length === 0 ? [...phrases] : [...phrases, ...added].sort((a, b) => a.start - b.start);
}

/** The name's verb (past adverbs and auxiliaries) is one only people and bodies do: a verb of saying, or one that alone
 *  is a verbal act (meet, accuse, urge: a pattern row of one word with a verbal PLOVER type, data/patterns/verbs.tsv). */
function saysOrMeets(kb: Knowledge, t: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (t[k] && t[k].sentence === t[i].sentence && (t[k].pos === 'ADV' || t[k].pos === 'AUX')) k++;
  const verb = t[k];
  if (verb?.pos !== 'VERB' || verb.sentence !== t[i].sentence) return false;
  if (kb.lexicon.reporting.has(verb.lemma)) return true;
  return (kb.patterns.get(verb.lemma) ?? []).some((p) => p.kind === 'verb' && p.steps.length === 1 && VERBAL_QUADS.has(patternInfo(kb.ontology, p)?.quadClass ?? 0));
}
// PLOVER's verbal cooperation and verbal conflict
const VERBAL_QUADS: ReadonlySet<number> = new Set([1, 3]);

/** The token opens its sentence (after an opening quote) or a clause ("..., and Mwangi said"; "On Monday, Mwangi said"). */
function opensClause(doc: AnalyzedText, i: number): boolean {
  const s = doc.sentences[doc.tokens[i].sentence];
  if (i === s.tokenStart) return true;
  const before = doc.tokens[i - 1];
  return CLAUSE_OPENERS.has(before.lower);
}

/** The next word (past adverbs) is a verb or an auxiliary of the same sentence: the name is its subject. */
function beforeItsVerb(t: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (t[k]?.pos === 'ADV' && t[k].sentence === t[i].sentence) k++;
  return t[k] !== undefined && t[k].sentence === t[i].sentence && VERBAL.has(t[k].pos);
}
